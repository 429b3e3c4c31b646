"""AsyncTransport: the key cases of the sync suite, on asyncio (MockTransport and a real loopback server)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from getresponse_runtime.config import ClientConfig
from getresponse_runtime.errors import APIConnectionError, APITimeoutError, RateLimitError, ServerError
from getresponse_runtime.limiter import AsyncRateLimiter
from getresponse_runtime.transport import AsyncTransport, RetryMode

from ._support import LoopbackServer, Reply, Seen, Sleeps

pytestmark = pytest.mark.anyio

KEY = "84fsne83yrths947r6sfgg7w4he8"
GET = {"method": "get", "url": "/contacts", "params": {"page": 1}}
POST = {"method": "post", "url": "/contacts", "json": {"email": "a@example.com"}}

Step = httpx.Response | Exception


class AsyncScript:
    def __init__(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        await request.aread()
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step

    @property
    def attempts(self) -> int:
        return len(self.requests)


def scripted(steps: Sequence[Step], sleeps: Sleeps, **config: Any) -> tuple[AsyncTransport, AsyncScript]:
    script = AsyncScript(steps)
    client = httpx.AsyncClient(transport=httpx.MockTransport(script))
    settings: dict[str, Any] = {"api_key": KEY, "env": {}}
    settings.update(config)
    transport = AsyncTransport(
        ClientConfig(**settings), http_client=client, sleep=sleeps.async_sleep, random=lambda: 1.0
    )
    return transport, script


async def test_get_retried_on_503_then_succeeds(sleeps: Sleeps) -> None:
    transport, script = scripted([httpx.Response(503), httpx.Response(200, json=[1])], sleeps)
    response = await transport.send(GET, retry_mode=RetryMode.IDEMPOTENT)
    assert response.json() == [1]
    assert script.attempts == 2
    assert sleeps.delays == [0.5]


async def test_post_not_retried_on_500_or_read_timeout(sleeps: Sleeps) -> None:
    transport, script = scripted([httpx.Response(500), httpx.Response(201)], sleeps)
    with pytest.raises(ServerError):
        await transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert script.attempts == 1

    timeout = httpx.ReadTimeout("slow")
    transport, script = scripted([timeout, httpx.Response(201)], sleeps)
    with pytest.raises(APITimeoutError) as caught:
        await transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert caught.value.__cause__ is timeout
    assert script.attempts == 1
    assert sleeps.delays == []


async def test_post_retried_on_connect_error_and_429(sleeps: Sleeps) -> None:
    limited = httpx.Response(429, json={"code": 1015, "context": {"currentLimit": 80, "timeToReset": "2 seconds"}})
    steps: list[Step] = [httpx.ConnectError("refused"), limited, httpx.Response(202)]
    transport, script = scripted(steps, sleeps)
    assert (await transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)).status_code == 202
    assert script.attempts == 3
    assert sleeps.delays == [0.5, 3.0]  # 2 s named, plus at most 1 s of jitter (random() is 1.0 here)


async def test_rate_limit_wait_from_header_and_over_the_maximum(sleeps: Sleeps) -> None:
    steps: list[Step] = [httpx.Response(429, headers={"X-RateLimit-Reset": "9"}), httpx.Response(200)]
    transport, script = scripted(steps, sleeps)
    await transport.send(GET)
    assert sleeps.delays == [10.0]  # 9 s named, plus the jitter

    transport, script = scripted([httpx.Response(429, json={"code": 1015, "context": {"timeToReset": 61}})], sleeps)
    with pytest.raises(RateLimitError) as caught:
        await transport.send(GET)
    assert caught.value.retry_after == 61.0
    assert script.attempts == 1
    assert sleeps.delays == [10.0]


async def test_callers_async_client_is_left_open(sleeps: Sleeps) -> None:
    script = AsyncScript([httpx.Response(200)])
    client = httpx.AsyncClient(transport=httpx.MockTransport(script))
    config = ClientConfig(access_token="tok", env={})
    async with AsyncTransport(config, http_client=client, sleep=sleeps.async_sleep) as transport:
        await transport.send({"method": "delete", "url": "/contacts/abc"})
    assert str(script.requests[0].url) == "https://api.getresponse.com/v3/contacts/abc"
    assert script.requests[0].headers["Authorization"] == "Bearer tok"
    assert not client.is_closed
    await client.aclose()


def loopback_config(server: LoopbackServer, **kwargs: Any) -> ClientConfig:
    settings: dict[str, Any] = {"api_key": KEY, "base_url": server.url + "/v3", "env": {}}
    settings.update(kwargs)
    return ClientConfig(**settings)


async def test_headers_and_retry_at_a_real_server(server: LoopbackServer, sleeps: Sleeps) -> None:
    answers = iter([Reply(502, "<html>Bad Gateway</html>", {"Content-Type": "text/html"}), Reply(200, {"ok": 1})])
    server.handler = lambda seen: next(answers)
    config = loopback_config(server, domain="example.com", time_zone="UTC")
    transport = AsyncTransport(config, sleep=sleeps.async_sleep, random=lambda: 1.0)
    async with transport:
        assert (await transport.send(GET)).json() == {"ok": 1}
        http = transport.http_client
    assert http.is_closed
    assert len(server.seen) == 2
    seen = server.seen[1]
    assert seen.header("X-Auth-Token") == f"api-key {KEY}"
    assert seen.header("X-Domain") == "example.com"
    assert seen.header("X-Time-Zone") == "UTC"
    assert seen.query == {"page": ["1"]}


async def test_post_read_timeout_at_a_real_server(server: LoopbackServer, sleeps: Sleeps) -> None:
    def stall(seen: Seen) -> Reply:
        server.release.wait(5)
        return Reply(201)

    server.handler = stall
    async with AsyncTransport(loopback_config(server, timeout=0.2), sleep=sleeps.async_sleep) as transport:
        with pytest.raises(APITimeoutError):
            await transport.send(POST)
    assert len(server.seen) == 1


async def test_post_retried_when_nothing_listens(dead_url: str, sleeps: Sleeps) -> None:
    config = ClientConfig(api_key=KEY, base_url=dead_url, max_retries=1, env={})
    async with AsyncTransport(config, sleep=sleeps.async_sleep, random=lambda: 1.0) as transport:
        with pytest.raises(APIConnectionError) as caught:
            await transport.send(POST, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert caught.value.may_have_reached_server is False
    assert sleeps.delays == [0.5]


async def test_rate_limit_flag_gives_an_async_limiter(server: LoopbackServer) -> None:
    async with AsyncTransport(loopback_config(server, rate_limit=True)) as transport:
        assert isinstance(transport.rate_limiter, AsyncRateLimiter)
        assert (await transport.send(GET)).status_code == 200
