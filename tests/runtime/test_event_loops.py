"""An async client across event loops, and cancelled fan-outs, at real loopback servers.

Before: reusing an async client in a second ``asyncio.run`` raised a raw RuntimeError, and cancelling a fan-out left
"coroutine ... was never awaited" warnings.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import warnings
from collections.abc import Iterator

import httpx
import pytest

from getresponse_runtime.config import ClientConfig
from getresponse_runtime.errors import EventLoopMismatchError
from getresponse_runtime.fanout import gather_limited
from getresponse_runtime.transport import AsyncTransport

from ._raw_server import RawServer, head
from ._support import LoopbackServer, Reply, Seen

KEY = "84fsne83yrths947r6sfgg7w4he8"
GET = {"method": "get", "url": "/contacts"}


def config(url: str) -> ClientConfig:
    return ClientConfig(api_key=KEY, base_url=url, env={}, max_retries=0, rate_limit=True)


@pytest.fixture
def strict_warnings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every warning (never-awaited coroutines, unclosed sockets) is an error, collected garbage included. Those
    raised while collecting garbage cannot propagate; they reach sys.unraisablehook, which records them here."""
    unraisable: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda raised: unraisable.append(f"{raised.exc_value!r}"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
        gc.collect()
    assert unraisable == []


def answer_ok(conn: object, path: str) -> None:
    body = b'{"ok": 1}'
    conn.sendall(head(200, [("Content-Length", str(len(body)))]) + body)  # type: ignore[attr-defined]


def test_one_client_serves_two_asyncio_runs(strict_warnings: None) -> None:
    with RawServer(answer_ok) as server:
        transport = AsyncTransport(config(server.url))
        copy = transport.derive({"max_retries": 1})

        async def main() -> object:
            first = (await transport.send(GET)).json()
            second = (await copy.send(GET)).json()
            return first, second

        assert asyncio.run(main()) == ({"ok": 1}, {"ok": 1})
        # The first loop's connection was closed as that loop shut down, not left to the garbage collector.
        assert server.wait_until_closed() == 0
        assert asyncio.run(main()) == ({"ok": 1}, {"ok": 1})
        asyncio.run(transport.aclose())
        assert server.wait_until_closed() == 0


def test_a_loop_closed_without_shutdown_gets_a_new_client(server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(200, {"ok": 1})
    transport = AsyncTransport(config(server.url))
    loop = asyncio.new_event_loop()
    assert loop.run_until_complete(transport.send(GET)).json() == {"ok": 1}
    first = transport.http_client
    loop.close()  # no asyncio.run: nothing closed the connections in time
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # the old loop's socket, collected
        assert asyncio.run(transport.send(GET)).json() == {"ok": 1}
        assert transport.http_client is not first
        asyncio.run(transport.aclose())
        del first
        gc.collect()


def test_a_callers_client_from_a_closed_loop_is_a_typed_error(server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(200, {"ok": 1})
    http = httpx.AsyncClient()
    transport = AsyncTransport(config(server.url), http_client=http)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(transport.send(GET))
    loop.close()
    with pytest.raises(EventLoopMismatchError, match="http_client"), warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        asyncio.run(transport.send(GET))


def test_two_live_loops_at_once_is_a_typed_error(server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(200, {"ok": 1})
    transport = AsyncTransport(config(server.url))
    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever, daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(transport.send(GET), other).result(timeout=5)
        with pytest.raises(EventLoopMismatchError, match="another event loop"):
            asyncio.run(transport.send(GET))
        asyncio.run_coroutine_threadsafe(transport.aclose(), other).result(timeout=5)
    finally:
        other.call_soon_threadsafe(other.stop)
        thread.join(timeout=5)
        other.close()


# --- cancellation ---------------------------------------------------------------------------------------------


def stalled(server: LoopbackServer) -> None:
    def stall(seen: Seen) -> Reply:
        server.release.wait(10)
        return Reply(200, {"ok": 1})

    server.handler = stall


def in_use(transport: AsyncTransport) -> int:
    """Connections of the owned pool that are not idle (a request still on them)."""
    pool = transport.http_client._transport._pool  # type: ignore[attr-defined]
    return sum(1 for connection in pool.connections if not connection.is_idle())


@pytest.mark.parametrize("fan_out", ["gather_limited", "asyncio.gather"])
def test_a_cancelled_fan_out_leaves_no_warning_and_no_connection(
    server: LoopbackServer, strict_warnings: None, fan_out: str
) -> None:
    stalled(server)
    transport = AsyncTransport(config(server.url))

    async def main() -> None:
        calls = [transport.send({"method": "get", "url": f"/contacts/{i}"}) for i in range(30)]
        gathered = gather_limited(calls) if fan_out == "gather_limited" else asyncio.gather(*calls)
        task = asyncio.ensure_future(gathered)
        while len(server.seen) < 10:  # ten in flight (the limiter's and GetResponse's limit), twenty waiting
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert in_use(transport) == 0  # the cancelled requests' connections were closed, none left busy

    server.release.clear()
    try:
        asyncio.run(main())
    finally:
        server.release.set()
    asyncio.run(transport.aclose())
