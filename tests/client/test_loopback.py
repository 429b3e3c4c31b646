"""GetResponse and AsyncGetResponse against a real HTTP server on 127.0.0.1: headers, retries, fan-out."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

import pytest

from getresponse_client import AsyncGetResponse, GetResponse, ServerError
from getresponse_client.models.list_reference import ListReference
from getresponse_client.models.new_contact import NewContact

CONTACT = {"contactId": "V", "href": "http://x/v3/contacts/V", "email": "a@example.com"}


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class Loopback:
    base_url: str
    seen: list[Seen] = field(default_factory=list)
    # (method, path) -> list of (status, body, headers) answered in turn; the last one repeats.
    script: dict[tuple[str, str], list[tuple[int, object, dict[str, str]]]] = field(default_factory=dict)
    delay: float = 0.0
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, method: str, path: str, status: int, body: object, **headers: str) -> None:
        self.script.setdefault((method, path), []).append((status, body, headers))

    def count(self, method: str, path: str) -> int:
        return sum(1 for s in self.seen if (s.method, s.path) == (method, path))


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    state = Loopback(base_url="")

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle_one(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            path = self.path.split("?")[0]
            with state.lock:
                state.seen.append(Seen(self.command, path, dict(self.headers.items())))
                state.in_flight += 1
                state.most_in_flight = max(state.most_in_flight, state.in_flight)
                queue = state.script.get((self.command, path), [(200, CONTACT, {})])
                status, body, headers = queue.pop(0) if len(queue) > 1 else queue[0]
            time.sleep(state.delay)
            payload = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            with state.lock:
                state.in_flight -= 1

        do_GET = do_POST = do_DELETE = handle_one

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}/v3"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def test_api_key_domain_and_time_zone_headers_reach_the_server(loopback: Loopback) -> None:
    with GetResponse(
        api_key="s3cret", domain="example.com", time_zone="Europe/Warsaw", base_url=loopback.base_url
    ) as client:
        assert client.contacts.get("V").email == "a@example.com"
    headers = {k.lower(): v for k, v in loopback.seen[0].headers.items()}
    assert headers["x-auth-token"] == "api-key s3cret"
    assert headers["x-domain"] == "example.com"
    assert headers["x-time-zone"] == "Europe/Warsaw"
    assert "authorization" not in headers


def test_oauth_token_is_sent_as_bearer(loopback: Loopback) -> None:
    with GetResponse(access_token="t0ken", base_url=loopback.base_url) as client:
        client.contacts.get("V")
    headers = {k.lower(): v for k, v in loopback.seen[0].headers.items()}
    assert headers["authorization"] == "Bearer t0ken"
    assert "x-auth-token" not in headers


def test_reads_are_retried_on_5xx_but_creates_are_not(loopback: Loopback) -> None:
    loopback.answer("GET", "/v3/contacts/V", 503, {"httpStatus": 503, "message": "busy"})
    loopback.answer("GET", "/v3/contacts/V", 200, CONTACT)
    loopback.answer("POST", "/v3/contacts", 500, {"httpStatus": 500, "message": "oops"})
    with GetResponse(api_key="k", base_url=loopback.base_url, max_retries=2) as client:
        assert client.contacts.get("V").contact_id == "V"
        with pytest.raises(ServerError):
            client.contacts.create(NewContact(email="n@example.com", campaign=ListReference(campaign_id="V")))
    assert loopback.count("GET", "/v3/contacts/V") == 2
    assert loopback.count("POST", "/v3/contacts") == 1  # POST is not idempotent: never retried after a 500


def test_rate_limited_create_is_retried(loopback: Loopback) -> None:
    # A POST refused by the rate limit never ran, so it is sent again (the wait itself is tested with an
    # injected sleep in tests/runtime/test_transport.py).
    loopback.answer(
        "POST",
        "/v3/contacts",
        429,
        {"httpStatus": 429, "code": 1015, "message": "Too many requests", "context": {"timeToReset": "1 seconds"}},
        **{"X-RateLimit-Reset": "1 seconds"},
    )
    loopback.answer("POST", "/v3/contacts", 202, None)
    with GetResponse(api_key="k", base_url=loopback.base_url, max_retries=1) as client:
        client.contacts.create(NewContact(email="n@example.com", campaign=ListReference(campaign_id="V")))
    assert loopback.count("POST", "/v3/contacts") == 2


def test_fan_out_never_exceeds_ten_parallel_requests(loopback: Loopback) -> None:
    loopback.delay = 0.05
    with GetResponse(api_key="k", base_url=loopback.base_url) as client:
        calls: list[Callable[[], object]] = [partial(client.contacts.get, f"c{i}") for i in range(30)]
        results = client.run_concurrently(calls, max_concurrency=25)
    assert len(results) == 30
    assert loopback.most_in_flight <= 10
    assert loopback.most_in_flight >= 5  # it does run calls in parallel


def test_async_client_mirrors_headers_and_fan_out(loopback: Loopback) -> None:
    loopback.delay = 0.05

    async def run() -> int:
        async with AsyncGetResponse(api_key="k", base_url=loopback.base_url) as client:
            contacts = await client.gather([client.contacts.get(f"c{i}") for i in range(25)])
            return len(contacts)

    assert asyncio.run(run()) == 25
    assert loopback.most_in_flight <= 10
    assert all(s.headers.get("X-Auth-Token") == "api-key k" for s in loopback.seen)
