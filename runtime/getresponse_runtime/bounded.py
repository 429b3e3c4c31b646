"""Reading an answer within the two hard limits of an attempt: its deadline and ``max_response_size``.

The transports send with ``stream=True`` and read the body here, chunk by chunk:

* the size counts decoded bytes (after gzip / deflate), so a small compressed body cannot expand without bound:
  gzip and deflate are inflated here in pieces of at most `PIECE` bytes (httpx's own decoder would inflate a
  whole network read, up to ~64 MB from 64 KB, in one go); any other encoding goes through httpx's decoder and
  is counted per decoded chunk. A declared ``Content-Length`` over the limit (uncompressed) fails before reading.
* the sync deadline: an owned client's connections go through `DeadlineBackend`, which gives every socket
  read, write and connect at most the time left of the current attempt (a thread-local), so neither trickled
  headers nor a trickled body can stretch it. With a caller's own client the deadline is checked between chunks
  and bounds the body's read timeout. The async transport bounds the whole attempt with ``asyncio.timeout``.

Reaching the deadline raises ``httpx.ReadTimeout`` (the retry policy treats it as any read timeout); reaching the
size limit raises `ResponseTooLargeError` (never retried: the next answer would be as large).
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from .errors import ResponseTooLargeError

__all__ = ["PIECE", "DeadlineBackend", "attempt_deadline", "install_deadline_backend", "read_body", "read_body_async"]

PIECE = 64 * 1024
"""The most bytes one step of inflating produces."""
_RAW_BODY_BYTES = 1024  # how much of a too-large body the error keeps


class _AttemptDeadline(threading.local):
    at: float | None = None


attempt_deadline = _AttemptDeadline()
"""The monotonic time the current thread's attempt must end by (None: no deadline); set by SyncTransport."""


def _left(kind: type[Exception]) -> float | None:
    at = attempt_deadline.at
    if at is None:
        return None
    left = at - time.monotonic()
    if left <= 0:
        raise kind("the attempt's deadline passed")
    return left


def _bounded(timeout: float | None, kind: type[Exception]) -> float | None:
    left = _left(kind)
    if left is None:
        return timeout
    return left if timeout is None or left < timeout else timeout


class _DeadlineStream:
    """An httpcore network stream whose reads and writes wait no longer than the attempt's time left."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        import httpcore

        data: bytes = self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        import httpcore

        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        import httpcore

        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend:
    """An httpcore network backend (wrapping another) whose connections honour `attempt_deadline`."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _DeadlineStream:
        import httpcore

        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _DeadlineStream:
        import httpcore

        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install_deadline_backend(client: httpx.Client) -> bool:
    """Route an owned client's connections (its proxy mounts too) through `DeadlineBackend`; True when done.

    httpx has no public way to choose the network backend of its default transport, so this wraps the
    ``_network_backend`` of each httpcore pool; on an httpx / httpcore without that attribute nothing changes and the
    deadline falls back to the checks between chunks.
    """
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    done = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
            done = True
    return done


class _Inflate:
    """gzip / deflate decoding in bounded steps: no step yields more than `PIECE` bytes."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._started = False
        # gzip: the gzip wrapper; deflate: the zlib wrapper, or (as some servers send it) raw deflate.
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if not self._deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                piece = self._inflater.decompress(data, PIECE)
            except zlib.error as exc:
                if self._deflate and not self._started:
                    self._started = True
                    self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise httpx.DecodingError(str(exc)) from exc
            self._started = True
            if piece:
                yield piece
            data = self._inflater.unconsumed_tail
            if not data and len(piece) < PIECE:
                return

    def flush(self) -> bytes:
        try:
            return self._inflater.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(str(exc)) from exc


class _Layers:
    """Stacked encodings (``Content-Encoding: gzip, gzip`` lists them in the order applied): undone last first,
    each step still bounded, so stacking does not get round the limit."""

    def __init__(self, layers: list[_Inflate]) -> None:
        self._layers = layers

    def feed(self, data: bytes) -> Iterator[bytes]:
        return self._through(0, data)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._layers):
            yield data
            return
        for piece in self._layers[index].feed(data):
            yield from self._through(index + 1, piece)

    def flush(self) -> bytes:
        # Each layer's tail goes through the layers after it, which are flushed after it.
        tails: list[bytes] = []
        for index, layer in enumerate(self._layers):
            tails.extend(self._through(index + 1, layer.flush()))
        return b"".join(tails)


_BOUNDED_ENCODINGS = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}


def _decoding(encoding: str) -> _Inflate | _Layers | bool:
    """Our bounded decoder for a Content-Encoding (one, or stacked: "gzip, gzip"); else True for none, False for
    one httpx decodes (an encoding this client does not ask for, such as br with a caller's own client: counted
    per decoded chunk)."""
    names = [name for name in (part.strip() for part in encoding.split(",")) if name and name != "identity"]
    if not names:
        return True
    if any(name not in _BOUNDED_ENCODINGS for name in names):
        return False
    layers = [_Inflate(_BOUNDED_ENCODINGS[name]) for name in reversed(names)]
    return layers[0] if len(layers) == 1 else _Layers(layers)


def _already_read(response: httpx.Response, limit: int) -> bool:
    """True for a response whose body is in memory already (a transport that reads it, such as MockTransport)."""
    if not response.is_stream_consumed:
        return False
    if len(response.content) > limit:
        raise _too_large(response, limit, response.content, f"{len(response.content):,} bytes")
    return True


def _declared_length(response: httpx.Response, encoding: str, limit: int) -> int | None:
    """The Content-Length of a body sent as it is (no encoding), None for any other; over the limit, it fails."""
    if encoding and encoding != "identity":
        return None  # Content-Length counts compressed bytes
    declared = response.headers.get("Content-Length")
    if declared is None or not declared.isdigit():
        return None
    if int(declared) > limit:
        raise _too_large(response, limit, b"", f"Content-Length {int(declared):,} bytes")
    return int(declared)


def _too_large(response: httpx.Response, limit: int, first: bytes, what: str) -> ResponseTooLargeError:
    request = response.request
    return ResponseTooLargeError(
        f"the body is over max_response_size ({limit:,} bytes): {what}; reading stopped",
        http_status=response.status_code,
        raw_body=first[:_RAW_BODY_BYTES].decode(response.encoding or "utf-8", errors="replace"),
        limit=limit,
        request_method=request.method,
        request_url=str(request.url),
    )


class _Body:
    """Decoded chunks gathered up to ``limit`` bytes: raw chunks go through our bounded decoder when the encoding
    has one (``raw``), else httpx decodes them (``raw`` False: read ``iter_bytes``)."""

    __slots__ = ("chunks", "decoder", "limit", "raw", "response", "size")

    def __init__(self, response: httpx.Response, limit: int, encoding: str) -> None:
        self.response = response
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0
        decoding = _decoding(encoding)
        self.decoder = None if isinstance(decoding, bool) else decoding
        self.raw = decoding is not False

    def take(self, data: bytes) -> None:
        """A chunk as read (``iter_raw`` when ``raw``, else ``iter_bytes``)."""
        if self.decoder is None:
            self.add(data)
        else:
            for piece in self.decoder.feed(data):
                self.add(piece)

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            first = b"".join(_first_chunks([*self.chunks[:_RAW_BODY_BYTES], chunk]))
            raise _too_large(self.response, self.limit, first, f"over {self.limit:,} bytes after decoding")
        self.chunks.append(chunk)

    def finish(self) -> None:
        if self.decoder is not None:
            tail = self.decoder.flush()
            if tail:
                self.add(tail)
        # httpx keeps a read body in ``_content`` (what ``Response.read()`` sets); the body was decoded here, so it
        # is set directly. The stream is consumed and closed (its connection back in the pool).
        chunks = self.chunks
        self.response._content = chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _first_chunks(chunks: list[bytes]) -> Iterator[bytes]:
    taken = 0
    for chunk in chunks:
        if taken >= _RAW_BODY_BYTES:
            return
        yield chunk[: _RAW_BODY_BYTES - taken]
        taken += len(chunk)


def _deadline_error(response: httpx.Response) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the attempt's deadline passed while reading the body", request=response.request)


def release_stream(response: httpx.Response) -> None:
    """Once its body is read, the response lets go of httpx's stream object, which points back at it (a cycle):
    a page's response and its body then go as soon as the page does, not at the garbage collector's next pass.
    Measured on a walk of 100 pages of 1000 contacts: a tracemalloc peak of 21 MiB with the cycle, 10 MiB without."""
    if response.is_closed:
        response.stream = httpx.ByteStream(response.content)


def read_body(response: httpx.Response, limit: int, deadline: float | None) -> None:
    """Read a streamed sync response's body into it, within ``limit`` decoded bytes and by ``deadline``
    (a ``time.monotonic()`` value, or None)."""
    if _already_read(response, limit):
        return
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    declared = _declared_length(response, encoding, limit)
    if deadline is not None:
        # With a caller's client (no DeadlineBackend) this bounds each wait of the body to the time left:
        # httpcore reads the read timeout from this dict when the body starts.
        timeouts = response.request.extensions.get("timeout")
        if isinstance(timeouts, dict):
            left = deadline - time.monotonic()
            if left <= 0:
                raise _deadline_error(response)
            read = timeouts.get("read")
            timeouts["read"] = left if read is None else min(read, left)
    if declared is not None:
        # The common case, made cheap: a plain body of a declared length within the limit, read with no decoder and
        # no _Body. h11 ends the body at that length; the count guards against a transport that does not.
        chunks = []
        size = 0
        for chunk in response.iter_raw():
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, chunks[0], f"over {limit:,} bytes")
            if deadline is not None and time.monotonic() >= deadline:
                raise _deadline_error(response)
        response._content = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        return
    body = _Body(response, limit, encoding)
    for chunk in response.iter_raw() if body.raw else response.iter_bytes():
        body.take(chunk)
        if deadline is not None and time.monotonic() >= deadline:
            raise _deadline_error(response)
    body.finish()


async def read_body_async(response: httpx.Response, limit: int) -> None:
    """The asyncio mirror of `read_body`; the caller bounds it in time (``asyncio.timeout``)."""
    if _already_read(response, limit):
        return
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    _declared_length(response, encoding, limit)
    body = _Body(response, limit, encoding)
    async for chunk in response.aiter_raw() if body.raw else response.aiter_bytes():
        body.take(chunk)
    body.finish()
