"""GetResponse and AsyncGetResponse against a real HTTP server on 127.0.0.1: headers, retries, fan-out."""

from __future__ import annotations

import asyncio
import gc
import time
import weakref
from functools import partial

import httpx
import pytest

from getresponse_client import AsyncGetResponse, GetResponse, ServerError
from getresponse_client.models.list_reference import ListReference
from tests.runtime._support import LoopbackServer, Reply, Seen

CONTACT = {"contactId": "V", "href": "http://x/v3/contacts/V", "email": "a@example.com"}
JSON = {"Content-Type": "application/json"}


class Script:
    """Answers per (method, path) in turn, the last one repeating; a contact by default."""

    def __init__(self, delay: float = 0.0) -> None:
        self.answers: dict[tuple[str, str], list[Reply]] = {}
        self.delay = delay

    def add(self, method: str, path: str, status: int, body: object, **headers: str) -> None:
        self.answers.setdefault((method, path), []).append(Reply(status, body, {**JSON, **headers}))

    def __call__(self, seen: Seen) -> Reply:
        time.sleep(self.delay)
        queue = self.answers.get((seen.method, seen.path), [Reply(200, CONTACT, JSON)])
        return queue.pop(0) if len(queue) > 1 else queue[0]


@pytest.fixture
def server(loopback_server: LoopbackServer) -> LoopbackServer:
    return loopback_server


def base_url(server: LoopbackServer) -> str:
    return server.url + "/v3"


def count(server: LoopbackServer, method: str, path: str) -> int:
    return sum(1 for seen in server.seen if (seen.method, seen.path) == (method, path))


def test_api_key_domain_and_time_zone_headers_reach_the_server(server: LoopbackServer) -> None:
    with GetResponse(api_key="s3cret", domain="example.com", time_zone="Europe/Warsaw", base_url=base_url(server)) as c:
        server.handler = Script()
        assert c.contacts.get("V").email == "a@example.com"
    seen = server.seen[0]
    assert seen.header("X-Auth-Token") == "api-key s3cret"
    assert seen.header("X-Domain") == "example.com"
    assert seen.header("X-Time-Zone") == "Europe/Warsaw"
    assert seen.header("Authorization") is None


def test_oauth_token_is_sent_as_bearer(server: LoopbackServer) -> None:
    server.handler = Script()
    with GetResponse(access_token="t0ken", base_url=base_url(server)) as client:
        client.contacts.get("V")
    assert server.seen[0].header("Authorization") == "Bearer t0ken"
    assert server.seen[0].header("X-Auth-Token") is None


def test_reads_are_retried_on_5xx_but_creates_are_not(server: LoopbackServer) -> None:
    script = server.handler = Script()
    script.add("GET", "/v3/contacts/V", 503, {"httpStatus": 503, "message": "busy"})
    script.add("GET", "/v3/contacts/V", 200, CONTACT)
    script.add("POST", "/v3/contacts", 500, {"httpStatus": 500, "message": "oops"})
    with GetResponse(api_key="k", base_url=base_url(server), max_retries=2) as client:
        assert client.contacts.get("V").contact_id == "V"
        with pytest.raises(ServerError):
            client.contacts.create(email="n@example.com", campaign=ListReference(campaign_id="V"))
    assert count(server, "GET", "/v3/contacts/V") == 2
    assert count(server, "POST", "/v3/contacts") == 1  # POST is not idempotent: never retried after a 500


def test_rate_limited_create_is_retried(server: LoopbackServer) -> None:
    # A POST refused by the rate limit never ran, so it is sent again (the wait itself is tested with an
    # injected sleep in tests/runtime/test_transport.py).
    script = server.handler = Script()
    refusal = {"httpStatus": 429, "code": 1015, "message": "Too many requests", "context": {"timeToReset": "0 seconds"}}
    script.add("POST", "/v3/contacts", 429, refusal, **{"X-RateLimit-Reset": "0 seconds"})
    script.add("POST", "/v3/contacts", 202, b"")
    with GetResponse(api_key="k", base_url=base_url(server), max_retries=1) as client:
        client.contacts.create(email="n@example.com", campaign=ListReference(campaign_id="V"))
    assert count(server, "POST", "/v3/contacts") == 2


def test_fan_out_never_exceeds_ten_parallel_requests(server: LoopbackServer) -> None:
    server.handler = Script(delay=0.05)
    with GetResponse(api_key="k", base_url=base_url(server)) as client:
        results = client.run_concurrently(
            [partial(client.contacts.get, f"c{i}") for i in range(30)], max_concurrency=25
        )
    assert len(results) == 30
    assert server.max_in_flight <= 10
    assert server.max_in_flight >= 5  # it does run calls in parallel


def test_async_client_mirrors_headers_and_fan_out(server: LoopbackServer) -> None:
    server.handler = Script(delay=0.05)

    async def run() -> int:
        async with AsyncGetResponse(api_key="k", base_url=base_url(server)) as client:
            contacts = await client.gather([client.contacts.get(f"c{i}") for i in range(25)])
            return len(contacts)

    assert asyncio.run(run()) == 25
    assert server.max_in_flight <= 10
    assert all(seen.header("X-Auth-Token") == "api-key k" for seen in server.seen)


def test_a_read_response_goes_with_its_last_reference_not_at_the_next_collection(server: LoopbackServer) -> None:
    # httpx's stream object points back at its response; the transport drops it once the body is read, so a walk
    # holds one page's body at a time instead of every body since the collector last ran.
    server.handler = Script()

    async def async_response() -> httpx.Response:
        async with AsyncGetResponse(api_key="k", base_url=base_url(server)) as client:
            return (await client.contacts.with_raw_response.get("V")).http_response

    with GetResponse(api_key="k", base_url=base_url(server)) as client:
        responses = [client.contacts.with_raw_response.get("V").http_response, asyncio.run(async_response())]
    gc.disable()
    try:
        for response in responses:
            assert response.is_closed and response.json() == CONTACT
        alive = [weakref.ref(response) for response in responses]
        del response, responses
        assert [ref() for ref in alive] == [None, None]
    finally:
        gc.enable()
