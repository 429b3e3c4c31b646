"""Rate limits as the live API states them: every wait form parsed, one wait budget per call, jittered named waits,
and a limiter that holds GetResponse's limits where they are counted: at the server.

The limiter tests use a real loopback server that notes when each request line arrives (server-side
``time.monotonic()``); the budget tests run against a real server too, with an injected sleep so they never sleep.
"""

from __future__ import annotations

import asyncio
import datetime
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from getresponse_runtime.config import ClientConfig
from getresponse_runtime.errors import RateLimitError, error_from_response, parse_seconds
from getresponse_runtime.limiter import AsyncRateLimiter, RateLimiter
from getresponse_runtime.responses import RateLimitInfo
from getresponse_runtime.transport import AsyncTransport, RetryMode, RetryPolicy, SyncTransport

from ._support import FakeClock, LoopbackServer, Reply, Seen, Sleeps

KEY = "84fsne83yrths947r6sfgg7w4he8"
GET = {"method": "get", "url": "/contacts"}
POST = {"method": "post", "url": "/contacts", "json": {"email": "a@example.com"}}
NOW = datetime.datetime(2025, 3, 4, 12, 0, 0, tzinfo=datetime.UTC)


def most_in_any_second(times: list[float]) -> int:
    """The most arrivals inside any sliding 1-second window [t, t + 1)."""
    ordered = sorted(times)
    most = 0
    low = 0
    for high, now in enumerate(ordered):
        while ordered[low] <= now - 1.0:
            low += 1
        most = max(most, high - low + 1)
    return most


def test_most_in_any_second_counts_a_sliding_window() -> None:
    assert most_in_any_second([0.0, 0.5, 0.99, 1.0, 1.2]) == 4  # 0.5 .. 1.2
    assert most_in_any_second([0.0, 1.0, 2.0]) == 1


# --- one parser for every form ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1 seconds", 1.0),  # X-RateLimit-Reset as the live API sends it
        ("600 seconds", 600.0),  # the same header describing the 10-minute window
        ("100 seconds", 100.0),  # the 429 body's timeToReset
        ("1 second", 1.0),
        ("1", 1.0),  # Retry-After in seconds
        (" 7 ", 7.0),
        ("1.5", 1.5),
        (45, 45.0),
        (0, 0.0),
        (2.5, 2.5),
        ("2 minutes", 120.0),
        ("500 ms", 0.5),
        ("Tue, 04 Mar 2025 12:00:30 GMT", 30.0),  # Retry-After as an HTTP date (IMF-fixdate)
        ("Tuesday, 04-Mar-25 12:01:00 GMT", 60.0),  # the obsolete RFC 850 form
        ("Tue Mar  4 12:00:05 2025", 5.0),  # the obsolete asctime form
        ("Tue, 04 Mar 2025 11:00:00 GMT", 0.0),  # a date already past: go now
    ],
)
def test_parse_seconds_reads_every_form(value: object, expected: float) -> None:
    assert parse_seconds(value, now=NOW) == expected


@pytest.mark.parametrize("value", [None, True, "", "soon", "-1", -1, float("nan"), float("inf"), "1 hour", [1]])
def test_parse_seconds_gives_none_for_anything_else(value: object) -> None:
    assert parse_seconds(value, now=NOW) is None


def test_parse_seconds_reads_a_date_against_the_current_time_by_default() -> None:
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=100)
    seconds = parse_seconds(later.strftime("%a, %d %b %Y %H:%M:%S GMT"))
    assert seconds is not None
    assert 95 <= seconds <= 100


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            {"X-RateLimit-Limit": "80", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1 seconds"},
            RateLimitInfo(80, 0, 1),
        ),
        (
            {"X-RateLimit-Limit": "30000", "X-RateLimit-Remaining": "29999", "X-RateLimit-Reset": "600 seconds"},
            RateLimitInfo(30000, 29999, 600),
        ),
        ({"X-RateLimit-Reset": "563"}, RateLimitInfo(None, None, 563)),
        ({"X-RateLimit-Reset": "0.2"}, RateLimitInfo(None, None, 1)),  # whole seconds, rounded up
        ({"X-RateLimit-Reset": "later"}, RateLimitInfo(None, None, None)),
    ],
)
def test_rate_limit_info_reads_the_live_header_forms(headers: dict[str, str], expected: RateLimitInfo) -> None:
    info = RateLimitInfo.from_headers(httpx.Headers(headers))
    assert info == expected
    assert info.reset is None or isinstance(info.reset, int)


def refusal(headers: dict[str, str], context: Any = None) -> RateLimitError:
    body = {"httpStatus": 429, "code": 1015, "message": "limit", "context": context if context is not None else {}}
    response = httpx.Response(429, json=body, headers=headers, request=httpx.Request("GET", "https://x.test/v3/a"))
    error = error_from_response(response)
    assert isinstance(error, RateLimitError)
    return error


def test_retry_after_as_an_http_date_is_read_against_the_answer_date() -> None:
    # The server's own Date header is the reference, so a skewed local clock neither stretches nor cuts the wait.
    error = refusal({"Date": "Tue, 04 Mar 2025 12:00:00 GMT", "Retry-After": "Tue, 04 Mar 2025 12:00:30 GMT"})
    assert error.retry_after == 30.0


def test_the_wait_named_for_this_refusal_wins() -> None:
    # X-RateLimit-Reset may describe the 10-minute window while the refusal was for the per-second limit.
    live = {"Retry-After": "1", "X-RateLimit-Limit": "30000", "X-RateLimit-Reset": "600 seconds"}
    assert refusal(live).retry_after == 1.0
    assert refusal({"X-RateLimit-Reset": "1 seconds"}).retry_after == 1.0
    assert refusal(live, {"currentLimit": 80, "timeToReset": "2 seconds"}).retry_after == 2.0


# --- one wait budget per call -----------------------------------------------------------------------------------


def always_limited(seconds: str) -> Reply:
    body = {"httpStatus": 429, "code": 1015, "message": "limit", "context": {"timeToReset": f"{seconds} seconds"}}
    return Reply(429, body, {"Retry-After": seconds, "X-RateLimit-Reset": f"{seconds} seconds"})


def loopback_config(server: LoopbackServer, **kwargs: Any) -> ClientConfig:
    settings: dict[str, Any] = {"api_key": KEY, "base_url": server.url + "/v3", "env": {}}
    settings.update(kwargs)
    return ClientConfig(**settings)


def test_budget_bounds_the_sum_of_waits_of_one_call(server: LoopbackServer, sleeps: Sleeps) -> None:
    # Before: each wait was checked against 60 s alone, so "59 seconds" three times made one call take 177 s.
    server.handler = lambda seen: always_limited("59")
    transport = SyncTransport(loopback_config(server), sleep=sleeps, random=lambda: 1.0)
    with transport, pytest.raises(RateLimitError) as caught:
        transport.send(POST)
    assert len(server.seen) == 2  # one wait fitted; the second would have overrun the budget
    assert sleeps.delays == [60.0]  # 59 s plus the jitter, which stops at the budget
    assert sum(sleeps.delays) <= 60.0
    assert caught.value.retry_after == 59.0
    assert "budget" in " ".join(caught.value.__notes__)
    assert "max_rate_limit_wait=60" in " ".join(caught.value.__notes__)


def test_budget_spends_jitter_too_and_raises_when_the_next_wait_does_not_fit(
    server: LoopbackServer, sleeps: Sleeps
) -> None:
    server.handler = lambda seen: always_limited("1")
    config = loopback_config(server, max_rate_limit_wait=2.5, max_retries=10)
    transport = SyncTransport(config, sleep=sleeps, random=lambda: 1.0)
    with transport, pytest.raises(RateLimitError) as caught:
        transport.send(GET)
    assert sleeps.delays == [1.5, 1.0]  # 1 s + 0.5 s jitter, then the 1 s left; then 1 s more does not fit
    assert len(server.seen) == 3
    assert "spent (2.5 of max_rate_limit_wait=2.5 s" in caught.value.__notes__[0]


def test_each_call_gets_its_own_budget(server: LoopbackServer, sleeps: Sleeps) -> None:
    answers = iter([always_limited("40"), Reply(200, []), always_limited("40"), Reply(200, [])])
    server.handler = lambda seen: next(answers)
    with SyncTransport(loopback_config(server), sleep=sleeps, random=lambda: 0.0) as transport:
        transport.send(GET)
        transport.send(GET)  # 40 s again: the first call's wait does not count against this one
    assert sleeps.delays == [40.0, 40.0]


def test_a_wait_longer_than_the_whole_budget_raises_without_sleeping(server: LoopbackServer, sleeps: Sleeps) -> None:
    server.handler = lambda seen: always_limited("600")
    transport = SyncTransport(loopback_config(server), sleep=sleeps)
    with transport, pytest.raises(RateLimitError) as caught:
        transport.send(GET)
    assert sleeps.delays == []
    assert len(server.seen) == 1
    assert "600 s, more than the call's rate-limit wait budget" in caught.value.__notes__[0]


@pytest.mark.anyio
async def test_async_budget_bounds_the_sum_of_waits(server: LoopbackServer, sleeps: Sleeps) -> None:
    server.handler = lambda seen: always_limited("59")
    config = loopback_config(server, max_rate_limit_wait=120)
    async with AsyncTransport(config, sleep=sleeps.async_sleep, random=lambda: 1.0) as transport:
        with pytest.raises(RateLimitError) as caught:
            await transport.send(GET)
    assert sleeps.delays == [60.0, 60.0]  # 59 + 1 twice; the third 59 s no longer fits in 120
    assert len(server.seen) == 3
    assert "budget" in caught.value.__notes__[0]


# --- jitter on named waits --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("named", "draw", "expected"),
    [(1.0, 0.0, 1.0), (1.0, 1.0, 1.5), (1.0, 0.5, 1.25), (59.0, 1.0, 60.0), (10.0, 0.25, 10.25), (0.0, 1.0, 0.0)],
)
def test_named_wait_jitter_is_never_early_and_at_most_a_second_late(named: float, draw: float, expected: float) -> None:
    policy = RetryPolicy(max_retries=3, max_rate_limit_wait=60)
    assert policy.named_wait(named, lambda: draw) == expected
    limited = refusal({"Retry-After": str(named)})
    assert policy.after_error(limited, RetryMode.IDEMPOTENT, 1, lambda: draw) == expected


def test_threads_told_the_same_wait_come_back_spread_out(server: LoopbackServer) -> None:
    # Before: 16 threads told "wait 1 s" all came back 1 s later to within milliseconds. Real sleeps, seeded draws.
    first_at: dict[str, float] = {}
    gaps: list[float] = []
    lock = threading.Lock()

    def handler(seen: Seen) -> Reply:
        caller = seen.header("X-Caller") or ""
        with lock:
            now = time.monotonic()
            if caller not in first_at:
                first_at[caller] = now
                return Reply(429, {"code": 1015}, {"Retry-After": "1", "X-RateLimit-Reset": "1 seconds"})
            # Each caller's own gap: connection set-up and pool waits before the first attempt do not count.
            gaps.append(now - first_at[caller])
        return Reply(200, [])

    server.handler = handler
    draws = random.Random(10)
    draw_lock = threading.Lock()

    def seeded() -> float:
        with draw_lock:
            return draws.random()

    transport = SyncTransport(loopback_config(server), random=seeded)
    errors: list[BaseException] = []

    def call(number: int) -> None:
        try:
            transport.send({**GET, "headers": {"X-Caller": str(number)}})
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(number,)) for number in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    transport.close()
    assert errors == []
    assert len(gaps) == 16
    assert min(gaps) >= 1.0  # never earlier than named
    assert max(gaps) - min(gaps) >= 0.2  # the seeded draws spread the 16 over about 0.45 s


# --- the limiter, measured at the server ------------------------------------------------------------------------


class ArrivalServer:
    """A loopback server that notes, on its own monotonic clock, when each request line has been read, and how
    many requests it holds between that moment and its answer. It answers ``[]`` after 1-30 ms (varied, so that
    requests overtake each other as they do on a real network)."""

    def __init__(self) -> None:
        self.arrivals: list[float] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._delays = random.Random(3)
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def parse_request(self) -> bool:
                # Called right after the request line is read: this is when the request reached the server.
                with server._lock:
                    server.arrivals.append(time.monotonic())
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                    delay = server._delays.uniform(0.001, 0.03)
                ok = super().parse_request()
                if not ok:
                    with server._lock:
                        server.in_flight -= 1
                    return False
                time.sleep(delay)
                with server._lock:
                    server.in_flight -= 1  # before the answer goes out: the client cannot have it earlier
                return True

            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"[]")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v3"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def arrivals() -> Any:
    server = ArrivalServer()
    try:
        yield server
    finally:
        server.stop()


def test_an_attempt_counts_until_a_second_after_its_answer(clock: FakeClock) -> None:
    # The server may have counted it as late as just before its answer came back.
    limiter = RateLimiter(per_second=1, clock=clock, sleep=clock.sleep)
    limiter.acquire()
    clock.sleep(0.5)  # in flight for half a second
    limiter.release()
    with limiter.slot():
        assert clock() == 1.5  # not 1.0: one second after the first answer, not after the first start


def test_attempts_in_flight_count_in_the_window(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=2, clock=clock, sleep=clock.sleep)
    limiter.acquire()
    limiter.acquire()
    third = threading.Thread(target=limiter.acquire)
    third.start()
    third.join(0.2)
    assert third.is_alive()  # two in flight fill a window of 2, however long ago they started
    clock.sleep(5.0)
    limiter.release()
    third.join(5)
    assert not third.is_alive()
    assert clock() == 6.0  # the third waited a second after the release that made room
    limiter.release()
    limiter.release()


@pytest.mark.anyio
async def test_async_attempt_counts_until_a_second_after_its_answer(clock: FakeClock) -> None:
    limiter = AsyncRateLimiter(per_second=1, clock=clock, sleep=clock.async_sleep)
    async with limiter.slot():
        clock.sleep(0.25)
    async with limiter.slot():
        assert clock() == 1.25


def test_release_without_acquire_is_an_error() -> None:
    with pytest.raises(ValueError, match="without a matching acquire"):
        RateLimiter().release()


# Before: counting from the moment a request was let through, arrivals bunched to 84-89 in one second here.
REQUESTS = 200


def test_limiter_holds_80_a_second_and_10_in_flight_at_the_server(arrivals: ArrivalServer) -> None:
    config = ClientConfig(api_key=KEY, base_url=arrivals.url, env={}, rate_limit=True)
    errors: list[BaseException] = []
    with SyncTransport(config) as transport:

        def work(count: int) -> None:
            try:
                for _ in range(count):
                    transport.send(GET)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(REQUESTS // 16 + (n < REQUESTS % 16),)) for n in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert errors == []
    assert len(arrivals.arrivals) == REQUESTS
    assert most_in_any_second(arrivals.arrivals) <= 80
    assert arrivals.max_in_flight <= 10


@pytest.mark.anyio
async def test_async_limiter_holds_80_a_second_and_10_in_flight_at_the_server(arrivals: ArrivalServer) -> None:
    config = ClientConfig(api_key=KEY, base_url=arrivals.url, env={}, rate_limit=True)
    async with AsyncTransport(config) as transport:

        async def work(count: int) -> None:
            for _ in range(count):
                await transport.send(GET)

        await asyncio.gather(*(work(REQUESTS // 30 + (n < REQUESTS % 30)) for n in range(30)))
    assert len(arrivals.arrivals) == REQUESTS
    assert most_in_any_second(arrivals.arrivals) <= 80
    assert arrivals.max_in_flight <= 10
