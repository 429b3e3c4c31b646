"""SyncTransport: retries by RetryMode, rate-limit waits, typed errors, headers and client ownership.

Scripted answers go through httpx.MockTransport in a caller-supplied httpx.Client; what only a real socket can
show (headers on the wire, a refused connection, a read timeout, the owned client) goes to a loopback server.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from getresponse_runtime.config import ClientConfig
from getresponse_runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from getresponse_runtime.limiter import RateLimiter
from getresponse_runtime.transport import RetryMode, SyncTransport

from ._support import LoopbackServer, Reply, Seen, Sleeps

KEY = "84fsne83yrths947r6sfgg7w4he8"
BASE = "https://api.getresponse.com/v3"

Step = httpx.Response | Exception


def rate_limited(context: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {
        "httpStatus": 429,
        "code": 1015,
        "codeDescription": "Too many request to API, quota reached, please wait till next quota window",
        "message": "You have reached your requests limit for this time window, please wait...",
        "moreInfo": "https://apidocs.getresponse.com/en/v3/errors/1015",
        "context": context if context is not None else {},
        "uuid": "510c6726-7f65-46b7-a798-ca403133924f",
    }
    return httpx.Response(429, json=body, headers=headers)


class Script:
    """A MockTransport handler that answers with the given steps in order and records each request."""

    def __init__(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        request.read()
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step

    @property
    def attempts(self) -> int:
        return len(self.requests)


def scripted(steps: Sequence[Step], sleeps: Sleeps, **config: Any) -> tuple[SyncTransport, Script, httpx.Client]:
    script = Script(steps)
    client = httpx.Client(transport=httpx.MockTransport(script))
    settings: dict[str, Any] = {"api_key": KEY, "env": {}}
    settings.update(config)
    transport = SyncTransport(ClientConfig(**settings), http_client=client, sleep=sleeps, random=lambda: 1.0)
    return transport, script, client


GET = {"method": "get", "url": "/contacts", "params": {"page": 1}}
POST = {
    "method": "post",
    "url": "/contacts",
    "json": {"email": "a@example.com"},
    "headers": {"Content-Type": "application/json"},
}


def test_get_is_retried_on_503_then_succeeds(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([httpx.Response(503), httpx.Response(200, json=[])], sleeps)
    response = transport.send(GET, retry_mode=RetryMode.IDEMPOTENT)
    assert response.status_code == 200
    assert script.attempts == 2
    assert sleeps.delays == [0.5]


def test_get_backoff_grows_and_is_capped_then_gives_up(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([httpx.Response(503)], sleeps, max_retries=6)
    with pytest.raises(ServerError) as caught:
        transport.send(GET, retry_mode=RetryMode.IDEMPOTENT)
    assert caught.value.http_status == 503
    assert script.attempts == 7
    assert sleeps.delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_backoff_has_full_jitter(sleeps: Sleeps) -> None:
    script = Script([httpx.Response(500), httpx.Response(500), httpx.Response(200)])
    draws = iter([0.25, 0.5])
    transport = SyncTransport(
        ClientConfig(api_key=KEY, env={}),
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
        sleep=sleeps,
        random=lambda: next(draws),
    )
    transport.send(GET)
    assert sleeps.delays == [0.125, 0.5]


def test_max_retries_zero_means_one_attempt(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([httpx.Response(503)], sleeps, max_retries=0)
    with pytest.raises(ServerError):
        transport.send(GET)
    assert script.attempts == 1
    assert sleeps.delays == []


def test_get_is_retried_on_timeouts_and_dropped_connections(sleeps: Sleeps) -> None:
    steps: list[Step] = [
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.Response(200, json={"ok": True}),
    ]
    transport, script, _ = scripted(steps, sleeps)
    assert transport.send(GET).json() == {"ok": True}
    assert script.attempts == 3


def test_post_is_not_retried_on_500(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([httpx.Response(500), httpx.Response(201)], sleeps)
    with pytest.raises(ServerError):
        transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert script.attempts == 1
    assert sleeps.delays == []


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.WriteTimeout("slow"), httpx.ReadError("reset"), httpx.RemoteProtocolError("x")],
)
def test_post_is_not_retried_once_the_request_may_have_left(sleeps: Sleeps, failure: Exception) -> None:
    transport, script, _ = scripted([failure, httpx.Response(201)], sleeps)
    with pytest.raises(APIConnectionError) as caught:
        transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert caught.value.may_have_reached_server is True
    assert caught.value.__cause__ is failure
    assert isinstance(caught.value, APITimeoutError) == isinstance(failure, httpx.TimeoutException)
    assert script.attempts == 1


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow connect"), httpx.PoolTimeout("no connection")],
)
def test_post_is_retried_when_the_request_never_left(sleeps: Sleeps, failure: Exception) -> None:
    transport, script, _ = scripted([failure, httpx.Response(201, json={"id": "x"})], sleeps)
    response = transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert response.status_code == 201
    assert script.attempts == 2
    assert sleeps.delays == [0.5]


def test_post_is_retried_on_429_with_the_wait_from_the_header(sleeps: Sleeps) -> None:
    steps: list[Step] = [rate_limited(headers={"X-RateLimit-Reset": "3"}), httpx.Response(202)]
    transport, script, _ = scripted(steps, sleeps)
    assert transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT).status_code == 202
    assert script.attempts == 2
    assert sleeps.delays == [4.0]  # 3 s named, plus at most 1 s of jitter (random() is 1.0 here)


@pytest.mark.parametrize(("time_to_reset", "expected"), [("100 seconds", 101.0), (45, 46.0), ("7", 8.0)])
def test_rate_limit_wait_from_context_time_to_reset(sleeps: Sleeps, time_to_reset: object, expected: float) -> None:
    steps: list[Step] = [rate_limited({"currentLimit": 30000, "timeToReset": time_to_reset}), httpx.Response(200)]
    transport, script, _ = scripted(steps, sleeps, max_rate_limit_wait=120)
    transport.send(GET)
    assert script.attempts == 2
    assert sleeps.delays == [expected]


def test_rate_limit_wait_longer_than_allowed_raises_at_once(sleeps: Sleeps) -> None:
    steps: list[Step] = [rate_limited({"currentLimit": 30000, "timeToReset": "100 seconds"}), httpx.Response(200)]
    transport, script, _ = scripted(steps, sleeps)  # max_rate_limit_wait defaults to 60 s
    with pytest.raises(RateLimitError) as caught:
        transport.send(GET)
    assert caught.value.retry_after == 100.0
    assert script.attempts == 1
    assert sleeps.delays == []


def test_rate_limit_from_header_longer_than_allowed_raises_at_once(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([httpx.Response(429, headers={"X-RateLimit-Reset": "400"})], sleeps)
    with pytest.raises(RateLimitError):
        transport.send(POST)
    assert script.attempts == 1
    assert sleeps.delays == []


def test_rate_limit_without_a_named_wait_backs_off(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([httpx.Response(429, text="slow down"), httpx.Response(200)], sleeps)
    transport.send(POST)
    assert script.attempts == 2
    assert sleeps.delays == [0.5]


def test_zero_max_rate_limit_wait_never_waits(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([httpx.Response(429), httpx.Response(200)], sleeps, max_rate_limit_wait=0)
    with pytest.raises(RateLimitError):
        transport.send(GET)
    assert script.attempts == 1
    assert sleeps.delays == []


def test_rate_limit_code_on_another_status_is_still_a_rate_limit(sleeps: Sleeps) -> None:
    refused = httpx.Response(400, json={"code": 1015, "message": "slow down", "context": {"timeToReset": 2}})
    transport, script, _ = scripted([refused, httpx.Response(202)], sleeps)
    transport.send(POST)
    assert script.attempts == 2
    assert sleeps.delays == [3.0]


def test_rate_limit_retries_run_out(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([rate_limited({"timeToReset": 1})], sleeps, max_retries=2)
    with pytest.raises(RateLimitError):
        transport.send(GET)
    assert script.attempts == 3
    assert sleeps.delays == [1.5, 1.5]  # 1 s named, plus half of it as jitter


def test_client_errors_are_not_retried(sleeps: Sleeps) -> None:
    invalid = httpx.Response(400, json={"httpStatus": 400, "code": 1000, "message": "bad", "context": ["email"]})
    transport, script, _ = scripted([invalid], sleeps)
    with pytest.raises(ValidationError) as caught:
        transport.send(GET)
    assert caught.value.context_entries == ["email"]
    assert caught.value.request_method == "GET"
    assert caught.value.request_url == f"{BASE}/contacts?page=1"
    assert script.attempts == 1


def test_redirects_are_not_followed(sleeps: Sleeps) -> None:
    moved = httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})
    transport, script, client = scripted([moved], sleeps)
    client.follow_redirects = True
    with pytest.raises(APIError) as caught:
        transport.send(GET)
    assert caught.value.http_status == 302
    assert script.attempts == 1


def test_retry_mode_defaults_from_the_method(sleeps: Sleeps) -> None:
    assert RetryMode.for_method("get") is RetryMode.IDEMPOTENT
    assert RetryMode.for_method("DELETE") is RetryMode.IDEMPOTENT
    assert RetryMode.for_method("post") is RetryMode.NON_IDEMPOTENT

    transport, script, _ = scripted([httpx.Response(500)], sleeps)
    with pytest.raises(ServerError):
        transport.send(POST)  # no retry_mode: POST is not retried on 5xx
    assert script.attempts == 1


def test_request_is_built_from_the_request_dict(sleeps: Sleeps) -> None:
    transport, script, _ = scripted([httpx.Response(200, json=[])], sleeps)
    transport.send(
        {
            "method": "get",
            "url": "/contacts",
            "params": {"query[email]": "@example.com", "fields": ["name", "email"], "skip": None},
        }
    )
    request = script.requests[0]
    assert request.method == "GET"
    assert request.url.path == "/v3/contacts"
    assert request.url.params.get_list("fields") == ["name", "email"]
    assert request.url.params["query[email]"] == "@example.com"
    assert "skip" not in request.url.params

    transport.send(POST)
    posted = script.requests[1]
    assert posted.headers["Content-Type"] == "application/json"
    assert posted.content == b'{"email":"a@example.com"}'

    with pytest.raises(ValueError, match="unsupported request keys: cookies"):
        transport.send({"method": "get", "url": "/x", "cookies": {}})
    with pytest.raises(ValueError, match="not below the base URL"):
        transport.send({"method": "get", "url": "https://elsewhere.example/v3/contacts"})


def test_callers_client_is_used_with_our_headers_and_left_open(sleeps: Sleeps) -> None:
    script = Script([httpx.Response(200, json=[])])
    client = httpx.Client(transport=httpx.MockTransport(script), headers={"X-Caller": "mine", "X-Auth-Token": "stale"})
    config = ClientConfig(api_key=KEY, server="max_us", domain="example.com", time_zone="Europe/Warsaw", env={})
    with SyncTransport(config, http_client=client, sleep=sleeps) as transport:
        assert transport.http_client is client
        transport.send({"method": "get", "url": "/contacts/abc"})
    request = script.requests[0]
    assert str(request.url) == "https://api3.getresponse360.com/v3/contacts/abc"
    assert request.headers["X-Auth-Token"] == f"api-key {KEY}"
    assert request.headers["X-Domain"] == "example.com"
    assert request.headers["X-Time-Zone"] == "Europe/Warsaw"
    assert request.headers["X-Caller"] == "mine"
    assert not client.is_closed
    client.close()


# --- through a real loopback server ---------------------------------------------------------------------------


def loopback_config(server: LoopbackServer, **kwargs: Any) -> ClientConfig:
    settings: dict[str, Any] = {"api_key": KEY, "base_url": server.url + "/v3", "env": {}}
    settings.update(kwargs)
    return ClientConfig(**settings)


def test_headers_arrive_at_the_server(server: LoopbackServer, sleeps: Sleeps) -> None:
    server.handler = lambda seen: Reply(200, {"contactId": "abc"})
    with SyncTransport(loopback_config(server, domain="example.com", time_zone="Europe/Warsaw"), sleep=sleeps) as t:
        assert t.send({"method": "get", "url": "/contacts/abc"}).json() == {"contactId": "abc"}
    with SyncTransport(loopback_config(server, api_key=None, access_token="tok-123"), sleep=sleeps) as t:
        t.send({"method": "get", "url": "contacts/abc"})

    first, second = server.seen
    assert first.path == "/v3/contacts/abc"
    assert first.header("X-Auth-Token") == f"api-key {KEY}"
    assert first.header("Authorization") is None
    assert first.header("X-Domain") == "example.com"
    assert first.header("X-Time-Zone") == "Europe/Warsaw"
    assert (first.header("User-Agent") or "").startswith("getresponse-client ")
    assert second.header("Authorization") == "Bearer tok-123"
    assert second.header("X-Auth-Token") is None
    assert second.header("X-Domain") is None


def test_owned_client_is_closed(server: LoopbackServer, sleeps: Sleeps) -> None:
    transport = SyncTransport(loopback_config(server), sleep=sleeps)
    transport.send(GET)
    http = transport.http_client
    transport.close()
    assert http.is_closed
    with pytest.raises(ClientClosedError):
        transport.send(GET)


def test_get_retried_on_503_at_a_real_server(server: LoopbackServer, sleeps: Sleeps) -> None:
    answers = iter([Reply(503, "<html>Service Unavailable</html>", {"Content-Type": "text/html"}), Reply(200, [])])
    server.handler = lambda seen: next(answers)
    with SyncTransport(loopback_config(server), sleep=sleeps, random=lambda: 1.0) as transport:
        assert transport.send(GET).json() == []
    assert len(server.seen) == 2
    assert sleeps.delays == [0.5]


def test_post_not_retried_on_read_timeout_at_a_real_server(server: LoopbackServer, sleeps: Sleeps) -> None:
    def stall(seen: Seen) -> Reply:
        server.release.wait(5)
        return Reply(201)

    server.handler = stall
    transport = SyncTransport(loopback_config(server, timeout=0.2), sleep=sleeps)
    with transport, pytest.raises(APITimeoutError) as caught:
        transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert caught.value.may_have_reached_server is True
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(server.seen) == 1
    assert sleeps.delays == []


def test_post_retried_when_nothing_listens(dead_url: str, sleeps: Sleeps) -> None:
    config = ClientConfig(api_key=KEY, base_url=dead_url + "/v3", max_retries=2, env={})
    transport = SyncTransport(config, sleep=sleeps, random=lambda: 1.0)
    with transport, pytest.raises(APIConnectionError) as caught:
        transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.may_have_reached_server is False
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert sleeps.delays == [0.5, 1.0]  # two retries after the first refused attempt
    assert "could not connect" in str(caught.value)


def test_rate_limit_at_a_real_server(server: LoopbackServer, sleeps: Sleeps) -> None:
    body = {"httpStatus": 429, "code": 1015, "message": "limit", "context": {"timeToReset": "5 seconds"}}
    answers = iter([Reply(429, body, {"X-RateLimit-Reset": "5"}), Reply(202)])
    server.handler = lambda seen: next(answers)
    with SyncTransport(loopback_config(server), sleep=sleeps, random=lambda: 1.0) as transport:
        assert transport.send(POST).status_code == 202
    assert [seen.method for seen in server.seen] == ["POST", "POST"]
    assert server.seen[1].body == b'{"email":"a@example.com"}'
    assert sleeps.delays == [6.0]


def test_limiter_bounds_requests_in_flight(server: LoopbackServer) -> None:
    # The owned pool already stops at 10 connections, so a tighter limiter shows that the limiter is what gates.
    gate = threading.Barrier(3, timeout=5)

    def hold(seen: Seen) -> Reply:
        with contextlib.suppress(threading.BrokenBarrierError):
            gate.wait()  # three meet here, so three really are in flight together
        return Reply(200, [])

    server.handler = hold
    transport = SyncTransport(loopback_config(server, timeout=10), rate_limiter=RateLimiter(max_concurrency=3))
    errors: list[BaseException] = []

    def call() -> None:
        try:
            transport.send(GET)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    transport.close()
    assert errors == []
    assert len(server.seen) == 12
    assert server.max_in_flight == 3


def test_rate_limit_flag_gives_the_transport_a_limiter(server: LoopbackServer) -> None:
    with SyncTransport(loopback_config(server, rate_limit=True)) as transport:
        assert isinstance(transport.rate_limiter, RateLimiter)
        assert transport.rate_limiter.max_concurrency == 10
        assert transport.send(GET).status_code == 200
    with SyncTransport(loopback_config(server)) as transport:
        assert transport.rate_limiter is None


def test_shared_limiter_is_used_even_without_rate_limit_flag(sleeps: Sleeps) -> None:
    limiter = RateLimiter()
    transport, _, _ = scripted([httpx.Response(200)], sleeps)
    shared = SyncTransport(ClientConfig(api_key=KEY, env={}), http_client=transport.http_client, rate_limiter=limiter)
    assert shared.rate_limiter is limiter
    assert shared.send(GET).status_code == 200
