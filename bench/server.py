"""A small HTTP/1.1 keep-alive server on 127.0.0.1 for the per-call and pagination benchmarks.

Run as its own process (``python -m bench.server``) so it never shares the GIL with the client being measured.
It prints ``PORT <n>`` once listening, and stops when its standard input closes (the parent ends or closes it),
on SIGTERM, or after ``--max-seconds`` at the latest, whichever comes first.

Routes (anything else is a 404 with GetResponse's error shape):

* ``GET /v3/contacts/{id}`` — a small contact (`bench.data.contact_details`);
* ``GET /v3/contacts?page=N&perPage=M`` — page N of ``--total`` contacts, generated on the fly, with the
  ``TotalCount``, ``TotalPages`` and ``CurrentPage`` headers GetResponse sends; answered ``--page-delay-ms``
  later (the prefetch benchmark: a server that takes its time per page, as GetResponse's does).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import math
import signal
import sys
import threading
from urllib.parse import parse_qs, urlsplit

from bench.data import contact_details, contact_page

MAX_HEAD = 64 * 1024


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


@functools.lru_cache(maxsize=128)
def _page_body(page: int, per_page: int, total: int) -> bytes:
    # Made once per page: the walks measure the client, not how fast this server can build 500 kB of JSON.
    return _dumps(contact_page(page, per_page, total))


def route(target: str, total: int) -> tuple[int, bytes, dict[str, str]]:
    """Status, body and extra headers for a GET of ``target`` (path and query)."""
    parts = urlsplit(target)
    path = parts.path.rstrip("/")
    if path == "/v3/contacts":
        query = parse_qs(parts.query)
        page = max(1, int(query.get("page", ["1"])[0]))
        per_page = max(1, min(1000, int(query.get("perPage", ["100"])[0])))
        headers = {
            "TotalCount": str(total),
            "TotalPages": str(math.ceil(total / per_page)),
            "CurrentPage": str(page),
        }
        return 200, _page_body(page, per_page, total), headers
    if path.startswith("/v3/contacts/") and path.count("/") == 3:
        return 200, _dumps(contact_details(path.rsplit("/", 1)[1])), {}
    error = {"httpStatus": 404, "code": 1013, "codeDescription": "Resource not found", "message": "Not found"}
    return 404, _dumps(error), {}


class _HttpProtocol(asyncio.Protocol):
    """Keep-alive HTTP/1.1 for GET requests without bodies; one response per request, in order."""

    def __init__(self, total: int, page_delay: float) -> None:
        self._total = total
        self._page_delay = page_delay
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._transport is not None:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buffer) > MAX_HEAD:
                    self._transport.close()
                return
            head, self._buffer = self._buffer[:end], self._buffer[end + 4 :]
            self._respond(head)

    def _respond(self, head: bytes) -> None:
        assert self._transport is not None
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _version = request_line.split(" ", 2)
        close = any(line.lower().replace(" ", "") == "connection:close" for line in header_lines)
        status, body, extra = route(target, self._total) if method == "GET" else (405, b'{"httpStatus":405}', {})
        reason = {200: "OK", 404: "Not Found", 405: "Method Not Allowed"}[status]
        lines = [f"HTTP/1.1 {status} {reason}", "Content-Type: application/json", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in extra.items()]
        lines.append("Connection: close" if close else "Connection: keep-alive")
        answer = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        if self._page_delay and "TotalPages" in extra:  # every answer of a connection waits as long: in order
            asyncio.get_running_loop().call_later(self._page_delay, self._write, answer, close)
        else:
            self._write(answer, close)

    def _write(self, answer: bytes, close: bool) -> None:
        if self._transport is None:
            return
        self._transport.write(answer)
        if close:
            self._transport.close()
            self._transport = None

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None


def _stop_when_stdin_closes(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    def wait() -> None:
        sys.stdin.buffer.read()  # returns at EOF: the parent closed the pipe or went away
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait, daemon=True).start()


async def serve(port: int, total: int, max_seconds: float, page_delay: float = 0.0) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    server = await loop.create_server(lambda: _HttpProtocol(total, page_delay), "127.0.0.1", port, backlog=64)
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    _stop_when_stdin_closes(loop, stop)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    try:
        await asyncio.wait_for(stop.wait(), timeout=max_seconds)
    except TimeoutError:
        print("bench server: --max-seconds reached, stopping", file=sys.stderr)
    finally:
        server.close()
        await asyncio.wait_for(server.wait_closed(), timeout=5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--total", type=int, default=100_000, help="contacts in the listing")
    parser.add_argument("--max-seconds", type=float, default=300.0, help="stop after this long whatever happens")
    parser.add_argument("--page-delay-ms", type=float, default=0.0, help="answer each list page this much later")
    args = parser.parse_args(argv)
    asyncio.run(serve(args.port, args.total, args.max_seconds, args.page_delay_ms / 1000))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
