"""Optional client-side limiter that keeps a client inside GetResponse's published limits.

GetResponse allows, per API key, 80 requests per second, 30,000 requests per 10-minute time frame and 10 requests
in flight at once; going over costs a 429 (code 1015). The limiter makes a client wait *before* sending instead:

* at most ``max_concurrency`` (10) attempts in flight;
* at most ``per_second`` (80) attempts in any sliding 1-second window;
* at most ``per_window`` (30,000) attempts in any sliding ``window_seconds`` (600 s) window.

The windows are the server's, not the client's: what GetResponse counts is when a request *arrives*, and the
client cannot see that moment. It only knows that an attempt arrives after it was let through (``acquire``) and
before its answer is back (``release``). So an attempt counts against the windows from ``acquire`` until one window
length after ``release``: a new attempt may start only while fewer than ``per_second`` attempts are in flight or
finished within the last second. Two attempts that arrive less than a second apart at the server are then always
both counted when the later one starts, so no sliding window *at the server* holds more than the limit, however
the network or the connection pool delays a request. Counting from the start instead let 87-90 arrivals into one
second at a loopback server, because a request let through early could arrive late. The price: each of the 80 per
second stays reserved for one round trip more than a second, so the steady rate is ``per_second / (1 + round
trip)`` (about 73/s at 100 ms).

Sliding windows are stricter than GetResponse's fixed time frame, so staying inside them stays inside the quota.
The limiter only sees this process's requests: when several processes share a key, give each lower limits.

It is off by default. Turn it on with ``ClientConfig(rate_limit=True)`` (each transport gets its own) or pass one
`RateLimiter` / `AsyncRateLimiter` to several transports that share an API key. `RateLimiter` is thread-safe;
`AsyncRateLimiter` is safe for the tasks of one event loop. ``clock`` and ``sleep`` are injectable for tests.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_PER_SECOND",
    "DEFAULT_PER_WINDOW",
    "DEFAULT_WINDOW_SECONDS",
    "AsyncRateLimiter",
    "RateLimiter",
]

DEFAULT_MAX_CONCURRENCY = 10
DEFAULT_PER_SECOND = 80
DEFAULT_PER_WINDOW = 30_000
DEFAULT_WINDOW_SECONDS = 600.0


class _Windows:
    """Attempts in flight, and the finish times of recent ones, per sliding window. Not locked: callers serialise
    access (and read one monotonic clock, so finish times are appended in order)."""

    def __init__(self, limits: list[tuple[int, float]]) -> None:
        self._limits = limits
        self._finishes: list[deque[float]] = [deque() for _ in limits]
        self.in_flight = 0

    def delay(self, now: float) -> float:
        """Seconds until one more attempt fits in every window (0 when it fits now).

        An attempt in flight counts in every window; callers keep ``in_flight`` below each window's count (see
        `_slot_count`), so some finish time always leaves a full window and the wait is finite.
        """
        wait = 0.0
        for (count, seconds), finishes in zip(self._limits, self._finishes, strict=True):
            while finishes and finishes[0] <= now - seconds:
                finishes.popleft()
            over = len(finishes) + self.in_flight - count
            if over >= 0:
                # The attempt fits once the (over + 1) oldest finish times have left the window.
                wait = max(wait, finishes[over] + seconds - now)
        return wait

    def start(self) -> None:
        self.in_flight += 1

    def finish(self, now: float) -> None:
        if self.in_flight <= 0:
            raise ValueError("release() without a matching acquire()")
        self.in_flight -= 1
        for finishes in self._finishes:
            finishes.append(now)


def _check_limits(max_concurrency: int, per_second: int, per_window: int, window_seconds: float) -> None:
    for name, value in (("max_concurrency", max_concurrency), ("per_second", per_second), ("per_window", per_window)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be an integer >= 1; got {value!r}")
    if not window_seconds > 0:
        raise ValueError(f"window_seconds must be > 0; got {window_seconds!r}")


def _slot_count(max_concurrency: int, per_second: int, per_window: int) -> int:
    # More in flight than a window admits could never fit anyway; capping here keeps every wait finite.
    return min(max_concurrency, per_second, per_window)


class RateLimiter:
    """Thread-safe limiter for the sync client: ``with limiter.slot(): send()`` (or ``acquire()`` / ``release()``).

    Hold the slot until the whole answer is read: the attempt counts against the windows from its release.
    """

    def __init__(
        self,
        *,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        per_second: int = DEFAULT_PER_SECOND,
        per_window: int = DEFAULT_PER_WINDOW,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        _check_limits(max_concurrency, per_second, per_window, window_seconds)
        self.max_concurrency = max_concurrency
        self.per_second = per_second
        self.per_window = per_window
        self.window_seconds = window_seconds
        self._clock = clock
        self._sleep = sleep
        self._slots = threading.BoundedSemaphore(_slot_count(max_concurrency, per_second, per_window))
        self._lock = threading.Lock()
        self._windows = _Windows([(per_second, 1.0), (per_window, window_seconds)])

    def acquire(self) -> None:
        """Block until an attempt may start: a free concurrency slot, and room in both windows."""
        self._slots.acquire()
        try:
            while True:
                with self._lock:
                    delay = self._windows.delay(self._clock())
                    if delay <= 0:
                        self._windows.start()
                        return
                self._sleep(delay)
        except BaseException:
            self._slots.release()
            raise

    def release(self) -> None:
        """End the attempt taken by `acquire`: it counts in the windows from now, and its slot is free again."""
        with self._lock:
            self._windows.finish(self._clock())
        self._slots.release()

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()

    def __repr__(self) -> str:
        return (
            f"RateLimiter(max_concurrency={self.max_concurrency}, per_second={self.per_second}, "
            f"per_window={self.per_window}, window_seconds={self.window_seconds})"
        )


class AsyncRateLimiter:
    """asyncio limiter for the async client: ``async with limiter.slot(): await send()``. Use it in one loop.

    Hold the slot until the whole answer is read: the attempt counts against the windows from its release.
    """

    def __init__(
        self,
        *,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        per_second: int = DEFAULT_PER_SECOND,
        per_window: int = DEFAULT_PER_WINDOW,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        import asyncio  # imported on use: the sync client never needs it

        _check_limits(max_concurrency, per_second, per_window, window_seconds)
        self.max_concurrency = max_concurrency
        self.per_second = per_second
        self.per_window = per_window
        self.window_seconds = window_seconds
        self._clock = clock
        self._sleep = sleep or asyncio.sleep
        self._slots = asyncio.BoundedSemaphore(_slot_count(max_concurrency, per_second, per_window))
        self._windows = _Windows([(per_second, 1.0), (per_window, window_seconds)])

    async def acquire(self) -> None:
        """Wait until an attempt may start: a free concurrency slot, and room in both windows."""
        await self._slots.acquire()
        try:
            while True:
                # No await between reading and recording, so tasks of one loop cannot interleave here.
                delay = self._windows.delay(self._clock())
                if delay <= 0:
                    self._windows.start()
                    return
                await self._sleep(delay)
        except BaseException:
            self._slots.release()
            raise

    def release(self) -> None:
        """End the attempt taken by `acquire`: it counts in the windows from now, and its slot is free again."""
        self._windows.finish(self._clock())
        self._slots.release()

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        await self.acquire()
        try:
            yield
        finally:
            self.release()

    def __repr__(self) -> str:
        return (
            f"AsyncRateLimiter(max_concurrency={self.max_concurrency}, per_second={self.per_second}, "
            f"per_window={self.per_window}, window_seconds={self.window_seconds})"
        )
