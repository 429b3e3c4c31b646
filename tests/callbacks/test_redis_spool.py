"""The Redis Streams spool against a real redis-server (one per test module, on a free loopback port).

Skipped only where no ``redis-server`` binary is on PATH (Debian: ``apt-get install redis-server``; .ci/run
installs it).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from getresponse_client.callbacks import AnyCallbackEvent, SpoolFull
from getresponse_runtime.callbacks.redis_spool import GROUP, RedisSpool
from getresponse_runtime.callbacks.spool import DEFAULT_MAX_EVENTS, SpoolCounts, open_spool
from getresponse_runtime.callbacks.spooled import SpoolDelivery
from tests.callbacks.callback_samples import sample

START_TIMEOUT = 10.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def answers_ping(port: int) -> bool:
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=0.2)
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False
    finally:
        client.close()


def start_redis(binary: str, directory: Path) -> tuple[subprocess.Popen[bytes], int]:
    """A redis-server on a free port, answering PING; tries again when another process took the port first."""
    for _ in range(5):
        port = free_port()
        with (directory / "redis.log").open("ab") as log:
            process = subprocess.Popen(
                [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                cwd=directory,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while process.poll() is None and time.monotonic() < deadline:
            if answers_ping(port):
                return process, port
            time.sleep(0.02)
        process.kill()
        process.wait()
    raise RuntimeError(f"redis-server did not start; see {directory / 'redis.log'}")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no redis-server binary on PATH (Debian: apt-get install redis-server); Redis spool tests skipped")
    process, port = start_redis(binary, tmp_path_factory.mktemp("redis"))
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def name() -> str:
    """A spool of its own for each test (its keys share the hash tag of this name)."""
    return f"test:{uuid.uuid4().hex}"


@pytest.fixture
def spools(redis_url: str, name: str) -> Iterator[Callable[..., RedisSpool]]:
    """Opens RedisSpools on the test's name; closes whatever the test left open."""
    opened: list[RedisSpool] = []

    def open_one(*, max_events: int = DEFAULT_MAX_EVENTS, visibility_timeout: float = 30.0) -> RedisSpool:
        spool = RedisSpool(redis_url, name=name, max_events=max_events, visibility_timeout=visibility_timeout)
        opened.append(spool)
        return spool

    yield open_one
    for spool in opened:
        spool.close()


def counts(spool: RedisSpool) -> tuple[int, int, int, int]:
    found: SpoolCounts = spool.counts()
    return found.pending, found.in_flight, found.done, found.dead


def claimed_id(spool: RedisSpool, timeout: float = 5.0) -> str:
    event = spool.claim(timeout)
    assert event is not None, "no event within the bounded wait"
    return event.event_id


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)


def test_the_redis_spool_contract(spools: Callable[..., RedisSpool], redis_url: str, name: str) -> None:
    spool = spools(max_events=3)
    first = spool.put({"action": "open", "contact_name": "Zoë Łukasiewicz & Co = 100%"})
    second = spool.put({"n": "2"})
    third = spool.put({"n": "3"})
    assert len({first, second, third}) == 3 and all(len(e) == 32 for e in (first, second, third))
    with pytest.raises(SpoolFull):
        spool.put({"n": "too many"})
    assert counts(spool) == (3, 0, 0, 0)

    claimed = spool.claim(1)
    assert claimed is not None and claimed.event_id == first  # first in, first out
    assert claimed.parameters == {"action": "open", "contact_name": "Zoë Łukasiewicz & Co = 100%"}
    assert (claimed.attempts, claimed.last_error) == (0, None)
    assert [claimed_id(spool), claimed_id(spool)] == [second, third]
    assert counts(spool) == (0, 3, 0, 0)

    spool.retry(first, 60, "not for a minute")
    spool.retry(second, 0.2, "soon")
    spool.done(third)
    assert counts(spool) == (2, 0, 1, 0)  # waiting for their retry time counts as pending
    fourth = spool.put({"n": "4"})  # two delayed + one in the stream: full again
    with pytest.raises(SpoolFull):
        spool.put({"n": "too many"})

    taken = {event.event_id: event for event in (spool.claim(5), spool.claim(5)) if event is not None}
    assert set(taken) == {second, fourth}
    assert (taken[second].attempts, taken[second].last_error, taken[second].parameters) == (1, "soon", {"n": "2"})
    spool.done(fourth)
    spool.dead(second, "given up")
    assert spool.claim(0.05) is None  # the first one is due in a minute
    (kept,) = spool.dead_events()
    assert (kept.event_id, kept.attempts, kept.last_error, kept.parameters) == (second, 2, "given up", {"n": "2"})
    assert counts(spool) == (1, 0, 2, 1)

    fifth = spool.put({"n": "5"})
    with pytest.raises(SpoolFull):  # dead ones count until revived and done
        spool.put({"n": "too many"})
    spool.revive(second)
    assert list(spool.dead_events()) == []
    assert counts(spool) == (3, 0, 2, 0)
    assert claimed_id(spool) == fifth
    revived = spool.claim(5)
    assert revived is not None and (revived.event_id, revived.attempts) == (second, 0)
    spool.done(fifth)
    spool.done(second)
    spool.done(second)  # reported twice (two holders after a reclaim): counted once
    assert counts(spool) == (1, 0, 4, 0)

    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:  # nothing left behind but the event still waiting for its retry
        assert client.keys(f"{{{name}}}:event:*") == [f"{{{name}}}:event:{first}"]
        assert client.xlen(f"{{{name}}}:stream") == 0
    finally:
        client.close()


def test_open_spool_takes_a_redis_url_with_the_spool_options(redis_url: str, name: str) -> None:
    spool = open_spool(f"{redis_url}?name={name}&visibility_timeout=0.5&socket_timeout=5", max_events=7)
    try:
        assert isinstance(spool, RedisSpool)
        assert (spool.name, spool.visibility_timeout, spool.max_events) == (name, 0.5, 7)
        event_id = spool.put({"n": "1"})
        assert claimed_id(spool) == event_id
    finally:
        spool.close()


def test_an_event_of_a_consumer_that_died_is_reclaimed_with_the_same_event_id(
    spools: Callable[..., RedisSpool], redis_url: str, name: str
) -> None:
    first = spools(visibility_timeout=0.5)
    second = spools(visibility_timeout=0.5)
    event_id = first.put({"action": "open", "n": "1"})
    assert claimed_id(first) == event_id
    assert second.claim(1.0) is None  # twice the visibility timeout: the living holder keeps renewing its lease
    first.close()  # "dies": never reports back
    reclaimed = second.claim(5)
    assert reclaimed is not None
    assert (reclaimed.event_id, reclaimed.parameters, reclaimed.attempts) == (event_id, {"action": "open", "n": "1"}, 0)
    assert counts(second) == (0, 1, 0, 0)
    second.done(event_id)
    assert counts(second) == (0, 0, 1, 0)
    second.close()
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:  # the dead one's entry was taken over; the survivor left the group at close, holding nothing
        consumers = client.xinfo_consumers(f"{{{name}}}:stream", GROUP)
        assert {consumer["name"]: consumer["pending"] for consumer in consumers} == {first.consumer: 0}
    finally:
        client.close()


CRASHING_CONSUMER = """
import sys, time
from getresponse_runtime.callbacks.redis_spool import RedisSpool
spool = RedisSpool(sys.argv[1], name=sys.argv[2], visibility_timeout=0.5)
event = spool.claim(10)
print(event.event_id if event else "", flush=True)
time.sleep(60)
"""


def test_an_event_of_a_killed_process_is_delivered_again_to_another(
    spools: Callable[..., RedisSpool], redis_url: str, name: str
) -> None:
    survivor = spools(visibility_timeout=0.5)
    event_id = survivor.put({"n": "1"})
    process = subprocess.Popen(
        [sys.executable, "-c", CRASHING_CONSUMER, redis_url, name], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == event_id
        assert survivor.claim(0.2) is None  # held by the other process
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()
    again = survivor.claim(5)
    assert again is not None and (again.event_id, again.parameters) == (event_id, {"n": "1"})
    survivor.done(event_id)
    assert counts(survivor) == (0, 0, 1, 0)


def test_two_consumers_never_hold_the_same_event_at_once(spools: Callable[..., RedisSpool]) -> None:
    consumers = [spools(visibility_timeout=1.0), spools(visibility_timeout=1.0)]
    event_ids = [consumers[0].put({"n": str(n)}) for n in range(30)]
    slow = event_ids[0]  # held longer than the visibility timeout: its lease is renewed, nobody else takes it
    lock = threading.Lock()
    held: dict[str, int] = {}
    handled: Counter[str] = Counter()
    overlaps: list[str] = []
    failures: list[BaseException] = []
    deadline = time.monotonic() + 20

    def work(index: int) -> None:
        spool = consumers[index]
        try:
            while sum(handled.values()) < len(event_ids) and time.monotonic() < deadline:
                event = spool.claim(0.1)
                if event is None:
                    continue
                with lock:
                    if event.event_id in held:
                        overlaps.append(event.event_id)
                    held[event.event_id] = index
                    handled[event.event_id] += 1
                time.sleep(1.5 if event.event_id == slow else 0.005)
                with lock:
                    del held[event.event_id]
                spool.done(event.event_id)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=work, args=(index,)) for index in (0, 0, 1, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == [] and overlaps == []
    assert handled == Counter(event_ids)  # each exactly once: nobody died, so nothing was delivered twice
    assert counts(consumers[0]) == (0, 0, 30, 0)


def open_parameters(email: str) -> dict[str, str]:
    return {key: str(value) for key, value in sample("open").items()} | {"contact_email": email}


def test_spool_delivery_retries_and_dead_letters_through_redis(spools: Callable[..., RedisSpool]) -> None:
    seen: list[tuple[str | None, str]] = []
    dead: list[tuple[AnyCallbackEvent, BaseException]] = []

    def handler(event: AnyCallbackEvent) -> None:
        seen.append((event.event_id, event.contact_email))
        if event.contact_email == "bad@example.com":
            raise RuntimeError("handler down")

    delivery = SpoolDelivery(
        handler,
        lambda event, error: dead.append((event, error)),
        spools(),
        workers=2,
        max_attempts=3,
        retry_base=0.01,
        shutdown_timeout=5,
    )
    good = delivery.put(open_parameters("good@example.com"))
    bad = delivery.put(open_parameters("bad@example.com"))
    wait_for(lambda: len(dead) == 1 and (good, "good@example.com") in seen)
    assert seen.count((bad, "bad@example.com")) == 3 and seen.count((good, "good@example.com")) == 1
    assert dead[0][0].event_id == bad and isinstance(dead[0][1], RuntimeError)
    assert delivery.close(5)
    reader = spools()
    assert counts(reader) == (0, 0, 1, 1)
    (kept,) = reader.dead_events()
    assert (kept.event_id, kept.attempts, kept.last_error) == (bad, 3, "RuntimeError: handler down")
