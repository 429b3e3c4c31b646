"""A raw-socket HTTP/1.1 server on loopback, for answers http.server cannot give: trickled headers or bodies,
bodies generated lazily (hundreds of MB without holding them), and a count of connections still open."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable

Answer = Callable[[socket.socket, str], None]
"""Writes the whole answer for a request path to the socket."""


class RawServer:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.stop = threading.Event()
        self.requests: list[str] = []
        self.open_connections = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._thread = threading.Thread(target=self._accept, name="raw-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            with self._lock:
                self.open_connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            with conn:
                buffer = b""
                while not self.stop.is_set():
                    while b"\r\n\r\n" not in buffer:
                        data = conn.recv(65536)
                        if not data:
                            return  # the client closed the connection
                        buffer += data
                    head, buffer = buffer.split(b"\r\n\r\n", 1)
                    path = head.split(b" ", 2)[1].decode()
                    with self._lock:
                        self.requests.append(path)
                    self.answer(conn, path)
        except OSError:
            pass  # the client gave up mid-answer (what most tests here provoke)
        finally:
            with self._lock:
                self.open_connections -= 1

    def wait_until_closed(self, timeout: float = 5.0) -> int:
        """Connections still open after waiting up to ``timeout`` s for the client to close them all."""
        end = time.monotonic() + timeout
        while self.open_connections and time.monotonic() < end:
            time.sleep(0.01)
        return self.open_connections


def head(status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def trickle(conn: socket.socket, data: bytes, every: float, stop: threading.Event) -> None:
    """Send ``data`` one byte per ``every`` seconds (a slowloris answer)."""
    for byte in data:
        if stop.wait(every):
            return
        conn.sendall(bytes([byte]))


def chunked(conn: socket.socket, pieces: Iterable[bytes]) -> None:
    """Send a chunked body made of ``pieces`` (generated lazily by the caller)."""
    for piece in pieces:
        conn.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
    conn.sendall(b"0\r\n\r\n")
