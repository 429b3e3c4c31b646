"""Optional client-side limiter that keeps a client inside GetResponse's published limits.

GetResponse allows, per API key, 80 requests per second, 30,000 requests per 10-minute time frame and 10 requests
in flight at once; going over costs a 429 (code 1015). The limiter makes a client wait *before* sending instead:

* at most ``max_concurrency`` (10) attempts in flight;
* at most ``per_second`` (80) attempts started in any sliding 1-second window;
* at most ``per_window`` (30,000) attempts started in any sliding ``window_seconds`` (600 s) window.

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
    """Start times of recent attempts, per sliding window. Not locked: callers serialise access."""

    def __init__(self, limits: list[tuple[int, float]]) -> None:
        self._limits = limits
        self._starts: list[deque[float]] = [deque() for _ in limits]

    def delay(self, now: float) -> float:
        """Seconds until one more attempt fits in every window (0 when it fits now)."""
        wait = 0.0
        for (count, seconds), starts in zip(self._limits, self._starts, strict=True):
            while starts and starts[0] <= now - seconds:
                starts.popleft()
            if len(starts) >= count:
                # The attempt fits once the (len - count + 1) oldest starts have left the window.
                wait = max(wait, starts[len(starts) - count] + seconds - now)
        return wait

    def record(self, now: float) -> None:
        for starts in self._starts:
            starts.append(now)


def _check_limits(max_concurrency: int, per_second: int, per_window: int, window_seconds: float) -> None:
    for name, value in (("max_concurrency", max_concurrency), ("per_second", per_second), ("per_window", per_window)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be an integer >= 1; got {value!r}")
    if not window_seconds > 0:
        raise ValueError(f"window_seconds must be > 0; got {window_seconds!r}")


class RateLimiter:
    """Thread-safe limiter for the sync client: ``with limiter.slot(): send()`` (or ``acquire()`` / ``release()``)."""

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
        self._slots = threading.BoundedSemaphore(max_concurrency)
        self._lock = threading.Lock()
        self._windows = _Windows([(per_second, 1.0), (per_window, window_seconds)])

    def acquire(self) -> None:
        """Block until an attempt may start: a free concurrency slot, and room in both windows."""
        self._slots.acquire()
        try:
            while True:
                with self._lock:
                    now = self._clock()
                    delay = self._windows.delay(now)
                    if delay <= 0:
                        self._windows.record(now)
                        return
                self._sleep(delay)
        except BaseException:
            self._slots.release()
            raise

    def release(self) -> None:
        """Give back the concurrency slot taken by `acquire`."""
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
    """asyncio limiter for the async client: ``async with limiter.slot(): await send()``. Use it in one loop."""

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
        self._slots = asyncio.BoundedSemaphore(max_concurrency)
        self._windows = _Windows([(per_second, 1.0), (per_window, window_seconds)])

    async def acquire(self) -> None:
        """Wait until an attempt may start: a free concurrency slot, and room in both windows."""
        await self._slots.acquire()
        try:
            while True:
                # No await between reading and recording, so tasks of one loop cannot interleave here.
                now = self._clock()
                delay = self._windows.delay(now)
                if delay <= 0:
                    self._windows.record(now)
                    return
                await self._sleep(delay)
        except BaseException:
            self._slots.release()
            raise

    def release(self) -> None:
        """Give back the concurrency slot taken by `acquire`."""
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
