"""Hard limits of an attempt, at real loopback servers: the per-attempt deadline (a trickling server cannot stretch
it) and max_response_size (enforced while streaming, on decompressed bytes, at a bounded peak memory).

Before these limits, ``timeout=1`` against a body trickled one byte per 0.3 s returned after 6 s, a 200 MB answer
was read whole (peak RSS 630 MB) and a 0.2 MB gzip bomb reached 650 MB.
"""

from __future__ import annotations

import functools
import gzip
import json
import socket
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from getresponse_runtime.config import DEFAULT_MAX_RESPONSE_SIZE, ClientConfig, ConfigurationError
from getresponse_runtime.errors import APITimeoutError, GetResponseError, ResponseTooLargeError
from getresponse_runtime.transport import AsyncTransport, RetryMode, SyncTransport

from ._raw_server import RawServer, chunked, head, trickle

KEY = "84fsne83yrths947r6sfgg7w4he8"
GET = {"method": "get", "url": "/contacts"}
MB = 1_000_000
# The bound the issue sets for a slowloris answer with timeout=1 (the deadline is 1 s; the rest is margin).
DEADLINE_BOUND = 1.5


def config(url: str, **settings: Any) -> ClientConfig:
    settings.setdefault("max_retries", 0)
    return ClientConfig(api_key=KEY, base_url=url + "/v3", env={}, **settings)


def slowloris(conn: socket.socket, path: str, stop: threading.Event) -> None:
    body = json.dumps({"contactId": "x" * 12}).encode()  # 20+ bytes: 6 s and more at 0.3 s a byte
    if path.endswith("/headers"):  # the headers themselves trickle
        trickle(conn, head(200, [("Content-Length", str(len(body)))]) + body, 0.3, stop)
    else:
        conn.sendall(head(200, [("Content-Length", str(len(body))), ("Content-Type", "application/json")]))
        trickle(conn, body, 0.3, stop)


@pytest.fixture
def slow_server() -> Iterator[RawServer]:
    server = RawServer(lambda conn, path: slowloris(conn, path, server.stop))
    with server:
        yield server


@pytest.mark.parametrize("what", ["body", "headers"])
def test_a_trickling_server_cannot_stretch_the_deadline(slow_server: RawServer, what: str) -> None:
    with SyncTransport(config(slow_server.url, timeout=1)) as transport:
        assert transport.http_client  # made before the clock starts: building its TLS context is not the attempt
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline") as caught:
            transport.send({"method": "get", "url": f"/contacts/{what}"})
        elapsed = time.monotonic() - started
    assert elapsed < DEADLINE_BOUND, f"the attempt took {elapsed:.2f} s"
    assert caught.value.may_have_reached_server


@pytest.mark.anyio
@pytest.mark.parametrize("what", ["body", "headers"])
async def test_a_trickling_server_cannot_stretch_the_async_deadline(slow_server: RawServer, what: str) -> None:
    async with AsyncTransport(config(slow_server.url, timeout=1)) as transport:
        assert transport.http_client
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline"):
            await transport.send({"method": "get", "url": f"/contacts/{what}"})
        elapsed = time.monotonic() - started
    assert elapsed < DEADLINE_BOUND, f"the attempt took {elapsed:.2f} s"


def test_a_per_call_timeout_is_a_deadline_and_each_retry_gets_its_own(slow_server: RawServer) -> None:
    sleeps: list[float] = []
    transport = SyncTransport(config(slow_server.url), sleep=sleeps.append)
    with transport, pytest.raises(APITimeoutError, match=r"deadline of 0\.4 s"):
        transport.send(GET, options={"timeout": 0.4, "max_retries": 1})
    assert len(slow_server.requests) == 2  # a GET is retried after a deadline, as after any read timeout
    assert len(sleeps) == 1


def test_a_post_that_hit_the_deadline_is_not_sent_again(slow_server: RawServer) -> None:
    transport = SyncTransport(config(slow_server.url, timeout=0.4, max_retries=2))
    with transport, pytest.raises(APITimeoutError, match="deadline"):
        transport.send({"method": "post", "url": "/contacts", "json": {}}, retry_mode=RetryMode.NON_IDEMPOTENT)
    assert len(slow_server.requests) == 1


def test_an_httpx_timeout_bounds_the_phases_only(slow_server: RawServer) -> None:
    # Each byte comes within the read timeout, so the phases alone never end this attempt: the documented meaning
    # of an httpx.Timeout (for a caller who wants per-phase timeouts and no overall deadline).
    cfg = config(slow_server.url, timeout=httpx.Timeout(1.0))
    assert cfg.deadline is None
    with SyncTransport(cfg) as transport:
        started = time.monotonic()
        response = transport.send(GET, options={"timeout": httpx.Timeout(1.0)})
        assert time.monotonic() - started > 1.0
    assert response.json() == {"contactId": "x" * 12}


# --- max_response_size ----------------------------------------------------------------------------------------

BIG = 200 * MB
PIECE = b"[" + b"0," * 32767 + b"0"  # 64 KiB of a JSON array's opening


@functools.cache
def gzip_bomb() -> bytes:
    """200 MB of JSON-looking bytes, gzipped to about 0.2 MB (compressed piece by piece: the test stays small)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [packer.compress(PIECE) for _ in range(BIG // len(PIECE))]
    parts.append(packer.flush())
    return b"".join(parts)


def big_answers(conn: socket.socket, path: str) -> None:
    count = BIG // len(PIECE)
    if path.endswith("/declared"):  # 200 MB with its Content-Length
        conn.sendall(head(200, [("Content-Length", str(count * len(PIECE))), ("Content-Type", "application/json")]))
        for _ in range(count):
            conn.sendall(PIECE)
    elif path.endswith("/chunked"):  # 200 MB, length unknown until the end
        conn.sendall(head(200, [("Transfer-Encoding", "chunked")]))
        chunked(conn, (PIECE for _ in range(count)))
    elif path.endswith("/double-bomb"):  # the bomb gzipped again: 657 bytes that once peaked at 633 MB
        bomb = gzip.compress(gzip_bomb())
        conn.sendall(head(200, [("Content-Length", str(len(bomb))), ("Content-Encoding", "gzip, gzip")]) + bomb)
    elif path.endswith("/bomb"):
        bomb = gzip_bomb()
        conn.sendall(head(200, [("Content-Length", str(len(bomb))), ("Content-Encoding", "gzip")]) + bomb)
    elif path.endswith("/error"):  # a 502 page of 200 MB
        conn.sendall(head(502, [("Transfer-Encoding", "chunked"), ("Content-Type", "text/html")]))
        chunked(conn, (b"<html>" + PIECE[6:] for _ in range(count)))
    elif path.endswith("/small-gzip"):
        body = gzip.compress(json.dumps([{"contactId": str(i)} for i in range(5000)]).encode())
        conn.sendall(head(200, [("Content-Length", str(len(body))), ("Content-Encoding", "gzip")]) + body)
    elif path.endswith("/small-double"):
        body = gzip.compress(zlib.compress(json.dumps({"layers": 2}).encode()))
        conn.sendall(head(200, [("Content-Length", str(len(body))), ("Content-Encoding", "deflate, gzip")]) + body)
    elif path.endswith("/small-deflate"):
        body = zlib.compress(json.dumps({"ok": True}).encode())
        conn.sendall(head(200, [("Content-Length", str(len(body))), ("Content-Encoding", "deflate")]) + body)


@pytest.fixture(scope="module")
def big_server() -> Iterator[RawServer]:
    gzip_bomb()
    with RawServer(big_answers) as server:
        yield server


CHILD = """
import json, sys
from getresponse_runtime.config import ClientConfig
from getresponse_runtime.errors import ResponseTooLargeError
from getresponse_runtime.transport import SyncTransport

url, path, size = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
settings = {} if size is None else {"max_response_size": size}
config = ClientConfig(api_key="k", base_url=url, env={}, max_retries=0, timeout=60, **settings)
outcome = {}
with SyncTransport(config) as transport:
    try:
        transport.send({"method": "get", "url": path})
        outcome["error"] = None
    except ResponseTooLargeError as error:
        outcome.update(error=type(error).__name__, limit=error.limit, status=error.http_status,
                       raw_body=error.raw_body[:20], method=error.request_method, url=error.request_url)
# VmHWM: this process image's peak RSS. (ru_maxrss would carry over the peak of the pytest worker that forked
# it: Linux keeps it across exec.)
with open("/proc/self/status") as status:
    outcome["peak_rss_mb"] = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
print(json.dumps(outcome))
"""


def in_child(server: RawServer, path: str, size: int | None = None) -> dict[str, Any]:
    """Send one GET from a fresh Python process; its outcome and peak RSS (MB), unaffected by this process."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, server.url, path, json.dumps(size)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("path", ["/declared", "/chunked", "/bomb", "/double-bomb"])
def test_a_huge_or_bomb_body_fails_with_the_size_error_at_bounded_memory(big_server: RawServer, path: str) -> None:
    outcome = in_child(big_server, path)
    assert outcome["error"] == "ResponseTooLargeError"
    assert outcome["limit"] == DEFAULT_MAX_RESPONSE_SIZE
    assert outcome["status"] == 200
    assert outcome["method"] == "GET"
    assert outcome["url"].endswith(path)
    if path != "/declared":  # declared too long: refused before reading, so no bytes to show
        assert outcome["raw_body"].startswith("[0,0,")
    assert outcome["peak_rss_mb"] < 100, outcome


def test_a_huge_error_page_is_capped_and_not_retried(big_server: RawServer) -> None:
    before = len(big_server.requests)
    cfg = ClientConfig(api_key=KEY, base_url=big_server.url, env={}, max_retries=2, max_response_size=MB)
    with SyncTransport(cfg, sleep=lambda _: None) as transport, pytest.raises(ResponseTooLargeError) as caught:
        transport.send({"method": "get", "url": "/error"})
    error = caught.value
    assert isinstance(error, GetResponseError)
    assert error.http_status == 502
    assert error.limit == MB
    assert error.raw_body.startswith("<html>")
    assert "max_response_size" in str(error)
    assert len(big_server.requests) == before + 1  # a 502 is retried; a body over the limit is not


@pytest.mark.anyio
async def test_the_async_client_enforces_the_size_on_decompressed_bytes(big_server: RawServer) -> None:
    cfg = ClientConfig(api_key=KEY, base_url=big_server.url, env={}, max_retries=0, max_response_size=4 * MB)
    async with AsyncTransport(cfg) as transport:
        with pytest.raises(ResponseTooLargeError) as caught:
            await transport.send({"method": "get", "url": "/bomb"})
        assert caught.value.limit == 4 * MB
        # The connection of the abandoned body was dropped, and the client goes on working.
        assert (await transport.send({"method": "get", "url": "/small-deflate"})).json() == {"ok": True}


def test_compressed_answers_within_the_limit_decode(big_server: RawServer) -> None:
    cfg = ClientConfig(api_key=KEY, base_url=big_server.url, env={}, max_response_size=200_000)
    with SyncTransport(cfg) as transport:
        contacts = transport.send({"method": "get", "url": "/small-gzip"}).json()
        assert len(contacts) == 5000 and contacts[-1] == {"contactId": "4999"}
        assert transport.send({"method": "get", "url": "/small-deflate"}).json() == {"ok": True}
        assert transport.send({"method": "get", "url": "/small-double"}).json() == {"layers": 2}
    tight = ClientConfig(api_key=KEY, base_url=big_server.url, env={}, max_response_size=50_000)
    with SyncTransport(tight) as transport, pytest.raises(ResponseTooLargeError):
        transport.send({"method": "get", "url": "/small-gzip"})  # about 20 kB on the wire, 100 kB decompressed


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "64MB", None])
def test_max_response_size_is_checked(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_response_size"):
        ClientConfig(api_key=KEY, env={}, max_response_size=value)


def test_settings_defaults() -> None:
    cfg = ClientConfig(api_key=KEY, env={})
    assert cfg.max_response_size == DEFAULT_MAX_RESPONSE_SIZE == 32 * 1024 * 1024
    assert cfg.deadline == 30.0
    assert ClientConfig(api_key=KEY, env={}, timeout=None).deadline is None
    assert "max_response_size=33554432" in repr(cfg)
