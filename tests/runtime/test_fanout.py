"""run_concurrently / gather_limited: at most 10 at once, results in order, fail-fast or collected exceptions."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from getresponse_runtime.config import ClientConfig
from getresponse_runtime.fanout import gather_limited, run_concurrently
from getresponse_runtime.transport import SyncTransport

from ._support import LoopbackServer, Reply, Seen


class Tracker:
    """Counts calls in flight at once (threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.most = 0
        self.started: list[int] = []

    def call(self, value: int, *, fail: bool = False) -> int:
        with self.lock:
            self.active += 1
            self.most = max(self.most, self.active)
            self.started.append(value)
        try:
            time.sleep(0.002)  # overlap with the others; no assertion depends on how long this takes
            if fail:
                raise ValueError(f"call {value} failed")
            return value * 2
        finally:
            with self.lock:
                self.active -= 1


def test_results_in_input_order_with_at_most_10_at_once() -> None:
    tracker = Tracker()
    calls = [functools.partial(tracker.call, i) for i in range(60)]
    assert run_concurrently(calls) == [i * 2 for i in range(60)]
    assert tracker.most <= 10


@pytest.mark.parametrize(("asked", "allowed"), [(100, 10), (0, 1), (-5, 1), (3, 3)])
def test_max_concurrency_is_clamped(asked: int, allowed: int) -> None:
    tracker = Tracker()
    run_concurrently([functools.partial(tracker.call, i) for i in range(30)], max_concurrency=asked)
    assert tracker.most <= allowed


def test_return_exceptions_keeps_every_result_in_place() -> None:
    tracker = Tracker()
    calls = [functools.partial(tracker.call, i, fail=i % 7 == 3) for i in range(20)]
    results = run_concurrently(calls, return_exceptions=True)
    assert len(results) == 20
    for i, result in enumerate(results):
        if i % 7 == 3:
            assert isinstance(result, ValueError)
            assert str(result) == f"call {i} failed"
        else:
            assert result == i * 2


def test_first_failure_stops_new_calls_and_is_raised() -> None:
    tracker = Tracker()
    calls = [functools.partial(tracker.call, i, fail=i == 0) for i in range(100)]
    with pytest.raises(ValueError, match="call 0 failed") as caught:
        run_concurrently(calls, max_concurrency=2)
    assert len(tracker.started) < 100
    assert any("were not started" in note for note in caught.value.__notes__)


def test_calls_are_pulled_lazily() -> None:
    pulled = 0

    def calls() -> Iterator[Callable[[], int]]:
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield functools.partial(int, i)

    iterator = calls()
    assert run_concurrently(iterator, max_concurrency=4)[:3] == [0, 1, 2]
    assert pulled == 1000
    assert run_concurrently([]) == []


def test_fan_out_through_a_transport_stays_within_10_in_flight(server: LoopbackServer) -> None:
    gate = threading.Barrier(10, timeout=5)

    def hold(seen: Seen) -> Reply:
        with contextlib.suppress(threading.BrokenBarrierError):
            gate.wait()
        return Reply(200, {"contactId": seen.path.rsplit("/", 1)[1]})

    server.handler = hold
    config = ClientConfig(api_key="key", base_url=server.url + "/v3", env={}, timeout=10)
    # A caller's client with a bigger pool, so only the fan-out limits how many run at once.
    client = httpx.Client(limits=httpx.Limits(max_connections=50))
    with SyncTransport(config, http_client=client) as transport:

        def get(contact_id: str) -> str:
            return str(transport.send({"method": "get", "url": f"/contacts/{contact_id}"}).json()["contactId"])

        ids = [f"c{i}" for i in range(30)]
        assert run_concurrently([functools.partial(get, i) for i in ids], max_concurrency=50) == ids
    client.close()
    assert server.max_in_flight == 10


# --- asyncio ----------------------------------------------------------------------------------------------------


class AsyncTracker:
    def __init__(self) -> None:
        self.active = 0
        self.most = 0
        self.started: list[int] = []

    async def call(self, value: int, *, fail: bool = False) -> int:
        self.active += 1
        self.most = max(self.most, self.active)
        self.started.append(value)
        try:
            for _ in range(3):
                await asyncio.sleep(0)
            if fail:
                raise ValueError(f"call {value} failed")
            return value * 2
        finally:
            self.active -= 1


@pytest.mark.anyio
async def test_gather_limited_order_and_limit() -> None:
    tracker = AsyncTracker()
    results = await gather_limited([tracker.call(i) for i in range(50)])
    assert results == [i * 2 for i in range(50)]
    assert tracker.most == 10

    tracker = AsyncTracker()
    await gather_limited((tracker.call(i) for i in range(20)), max_concurrency=500)
    assert tracker.most == 10

    tracker = AsyncTracker()
    await gather_limited([tracker.call(i) for i in range(5)], max_concurrency=0)
    assert tracker.most == 1


@pytest.mark.anyio
async def test_gather_limited_return_exceptions() -> None:
    tracker = AsyncTracker()
    results = await gather_limited([tracker.call(i, fail=i == 4) for i in range(12)], return_exceptions=True)
    assert isinstance(results[4], ValueError)
    assert [r for i, r in enumerate(results) if i != 4] == [i * 2 for i in range(12) if i != 4]


@pytest.mark.anyio
async def test_gather_limited_fails_fast_and_closes_unstarted_coroutines() -> None:
    tracker = AsyncTracker()
    coroutines = [tracker.call(i, fail=i == 0) for i in range(40)]
    with pytest.raises(ValueError, match="call 0 failed") as caught:
        await gather_limited(coroutines, max_concurrency=3)
    assert len(tracker.started) < 40
    assert any("were not started" in note for note in caught.value.__notes__)
    assert {inspect.getcoroutinestate(c) for c in coroutines} == {"CORO_CLOSED"}  # run or closed, none pending
