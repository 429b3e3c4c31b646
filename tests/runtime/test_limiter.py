"""RateLimiter and AsyncRateLimiter on a fake clock: <= 80 starts a second, <= 30,000 per 10 minutes, <= 10 at once."""

from __future__ import annotations

import asyncio
import threading

import pytest

from getresponse_runtime.limiter import AsyncRateLimiter, RateLimiter

from ._support import FakeClock


def most_in_any_window(starts: list[float], seconds: float) -> int:
    """The largest number of starts inside any half-open window (t - seconds, t]."""
    ordered = sorted(starts)
    most = 0
    low = 0
    for high, now in enumerate(ordered):
        while ordered[low] <= now - seconds:
            low += 1
        most = max(most, high - low + 1)
    return most


def test_at_most_80_starts_in_any_second(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(250):
        with limiter.slot():
            starts.append(clock())
    assert most_in_any_window(starts, 1.0) == 80
    assert starts[79] == 0.0
    assert starts[80] == 1.0  # the 81st waited for the first second to pass
    assert starts[-1] == 3.0


def test_at_most_30000_starts_in_any_10_minutes(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(30_001):
        limiter.acquire()
        starts.append(clock())
        limiter.release()
    assert starts[29_999] < 600.0  # 80 per second reaches 30,000 well inside the window
    assert starts[30_000] == 600.0  # the next one waits until the first start leaves the 10-minute window
    assert most_in_any_window(starts, 600.0) == 30_000
    assert most_in_any_window(starts, 1.0) == 80


def test_smaller_limits_for_a_shared_key(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=5, per_window=12, window_seconds=10, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(30):
        with limiter.slot():
            starts.append(clock())
    assert most_in_any_window(starts, 1.0) == 5
    assert most_in_any_window(starts, 10.0) == 12


def test_threads_share_the_windows(clock: FakeClock) -> None:
    seen = threading.local()

    def tracking_clock() -> float:
        # The limiter reads the clock once per try, under its lock; a thread's last reading is its start time.
        seen.now = clock()
        return float(seen.now)

    limiter = RateLimiter(clock=tracking_clock, sleep=clock.sleep)
    starts: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(50):
            with limiter.slot(), lock:
                starts.append(seen.now)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(starts) == 400
    assert most_in_any_window(starts, 1.0) <= 80
    assert max(starts) >= 4.0  # 400 starts at 80 a second span at least 4 seconds


def test_the_eleventh_waits_for_a_free_slot(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    for _ in range(10):
        limiter.acquire()
    eleventh_started = threading.Event()

    def eleventh() -> None:
        with limiter.slot():
            eleventh_started.set()

    thread = threading.Thread(target=eleventh)
    thread.start()
    assert not eleventh_started.wait(0.1)  # blocked while 10 are in flight
    limiter.release()
    assert eleventh_started.wait(5)
    thread.join(5)
    for _ in range(9):
        limiter.release()


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        RateLimiter(max_concurrency=0)
    with pytest.raises(ValueError, match="per_second"):
        AsyncRateLimiter(per_second=0)
    with pytest.raises(ValueError, match="window_seconds"):
        RateLimiter(window_seconds=0)
    assert "per_second=80" in repr(RateLimiter())


@pytest.mark.anyio
async def test_async_at_most_10_in_flight_and_80_per_second(clock: FakeClock) -> None:
    limiter = AsyncRateLimiter(clock=clock, sleep=clock.async_sleep)
    active = 0
    most_active = 0
    starts: list[float] = []

    async def work() -> None:
        nonlocal active, most_active
        for _ in range(10):
            async with limiter.slot():
                starts.append(clock())
                active += 1
                most_active = max(most_active, active)
                for _ in range(3):
                    await asyncio.sleep(0)  # stay in flight while the other tasks run
                active -= 1
            await asyncio.sleep(0)

    await asyncio.gather(*(work() for _ in range(25)))
    assert len(starts) == 250
    assert most_active == 10
    assert most_in_any_window(starts, 1.0) <= 80


@pytest.mark.anyio
async def test_async_slot_is_given_back_when_the_waiter_is_cancelled(clock: FakeClock) -> None:
    never = asyncio.Event()

    async def stuck_sleep(seconds: float) -> None:
        await never.wait()

    limiter = AsyncRateLimiter(max_concurrency=1, per_second=1, clock=clock, sleep=stuck_sleep)
    await limiter.acquire()
    limiter.release()
    waiter = asyncio.ensure_future(limiter.acquire())  # must wait for the next second, and never gets it
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    clock.sleep(1.0)
    await asyncio.wait_for(limiter.acquire(), 5)  # the cancelled waiter did not keep the only slot
    limiter.release()
