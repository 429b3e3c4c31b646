"""Helpers of tests/callbacks/test_callback_serve.py: a handler module, `serve` in a subprocess, fast posting."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlencode

import httpx

from tests.callbacks.callback_samples import sample

TOKEN = "s3cret-Callback-token_0123456789abcdef"
COMMAND = (sys.executable, "-m", "getresponse_client.callbacks")
HANDLER_MODULE = "serve_test_handlers"
READY = re.compile(r"serving GetResponse callbacks on http://127\.0\.0\.1:(\d+)")
START_TIMEOUT = 30.0

# Written to the test's directory and imported by `serve --handler serve_test_handlers:handle` from there.
HANDLERS = textwrap.dedent(
    """
    import json
    import os
    import time

    HANDLED = os.environ["CALLBACK_HANDLED_FILE"]
    DELAY = float(os.environ.get("CALLBACK_HANDLER_DELAY", "0.05"))


    def append(path, line):
        with open(path, "a", encoding="utf-8") as file:
            file.write(line + "\\n")
            file.flush()
            os.fsync(file.fileno())


    def handle(event):
        time.sleep(DELAY)
        append(HANDLED + ".extra", json.dumps({"event_id": event.event_id, "extra": dict(event.extra),
                                               "repr": repr(event)}))
        append(HANDLED, f"{event.event_id},{event.contact_email}")


    def fail(event):
        raise RuntimeError("the handler is down")


    def dead_letter(event, error):
        append(HANDLED + ".dead", f"{event.event_id},{event.contact_email},{type(error).__name__}")
    """
)


def genuine(number: int) -> dict[str, str]:
    """A complete open event with a distinct contact_email and one parameter its schema does not name."""
    return {**sample("open"), "contact_email": f"contact{number}@example.com", "utm_source": "news"}


def genuine_target(number: int, token: str = TOKEN) -> str:
    """The callback URL, the token as a query parameter or as the last path segment (alternately)."""
    return f"/hook?token={token}" if number % 2 == 0 else f"/hook/{token}"


def forged_target(number: int) -> str:
    """Wrong or missing tokens, in every place a token could be."""
    wrong = (
        "/hook",
        "/hook?token=",
        "/hook?token=wrong",
        f"/hook?token={TOKEN[:-1]}",
        f"/hook?token={TOKEN}x",
        f"/hook?token={TOKEN.upper()}",
        "/hook/wrong-token",
        f"/hook/{TOKEN[:-1]}",
        f"/{TOKEN}/hook",
        "/hook/x/?token=wrong&x=1",
    )
    return wrong[number % len(wrong)]


def form(parameters: dict[str, str]) -> bytes:
    return urlencode(parameters).encode()


FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}


def wait_until(condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def server_env(handled: Path, *, token: str | None = TOKEN, delay: float = 0.05) -> dict[str, str]:
    proxies = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
    env = {k: v for k, v in os.environ.items() if k.lower() not in proxies and k != "GETRESPONSE_CALLBACK_TOKEN"}
    env |= {"CALLBACK_HANDLED_FILE": str(handled), "CALLBACK_HANDLER_DELAY": str(delay)}
    if token is not None:
        env["GETRESPONSE_CALLBACK_TOKEN"] = token
    return env


@dataclass
class Workdir:
    """The test's directory: the handler module, the spool, the handler's output files and the server logs."""

    path: Path
    delay: float = 0.05
    starts: int = 0

    def __post_init__(self) -> None:
        (self.path / f"{HANDLER_MODULE}.py").write_text(HANDLERS)

    @property
    def spool(self) -> Path:
        return self.path / "spool.db"

    @property
    def handled(self) -> Path:
        return self.path / "handled.csv"

    def env(self, token: str | None = TOKEN) -> dict[str, str]:
        return server_env(self.handled, token=token, delay=self.delay)

    def start(self, *options: str, handler: str = "handle") -> Server:
        self.starts += 1
        log_path = self.path / f"serve-{self.starts}.log"
        log = log_path.open("wb")  # a file, not a pipe: a full pipe would block the server
        command = [*COMMAND, "serve", "--handler", f"{HANDLER_MODULE}:{handler}", "--spool", str(self.spool)]
        process = subprocess.Popen(
            [*command, "--port", "0", *options], cwd=self.path, env=self.env(), stdout=log, stderr=log
        )
        server = Server(process, log_path, log)
        server.wait_ready()
        return server

    def run(self, *arguments: str, token: str | None = None) -> subprocess.CompletedProcess[str]:
        """The command line, to its end (stats, replay, or a serve that must refuse to start)."""
        return subprocess.run(
            [*COMMAND, *arguments],
            cwd=self.path,
            env=self.env(token),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def lines(self, suffix: str = "") -> list[tuple[str, str]]:
        """(event_id, contact_email) of each handled event (or dead-lettered, suffix ".dead"), in order."""
        path = Path(f"{self.handled}{suffix}")
        if not path.exists():
            return []
        rows = [line.split(",") for line in path.read_text().splitlines() if line]
        return [(row[0], row[1]) for row in rows]

    def emails(self) -> set[str]:
        return {email for _, email in self.lines()}

    def extras(self) -> list[dict[str, object]]:
        path = Path(f"{self.handled}.extra")
        return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []

    def counts(self) -> dict[str, int]:
        result = self.run("stats", "--spool", str(self.spool), "--json")
        assert result.returncode == 0, result.stderr
        counts: dict[str, int] = json.loads(result.stdout)
        return counts

    def spool_bytes(self) -> bytes:
        """The spool's files as stored (the database, its write-ahead log), for grepping."""
        return b"".join(p.read_bytes() for p in sorted(self.path.glob("spool.db*")) if p.is_file())


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    log_path: Path
    log: IO[bytes]
    port: int = 0
    stopped: bool = field(default=False)

    def wait_ready(self) -> None:
        def ready() -> bool:
            if self.process.poll() is not None:
                raise AssertionError(f"serve exited with {self.process.returncode}:\n{self.log_text()}")
            match = READY.search(self.log_text())
            if match is not None:
                self.port = int(match.group(1))
            return match is not None

        wait_until(ready, START_TIMEOUT, "serve to start")
        # Listening from the log line on; wait for uvicorn itself (a forged request: 401, nothing kept).
        with httpx.Client(base_url=self.url, trust_env=False, timeout=10) as client:
            assert client.get("/").status_code == 401

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def signal(self, number: signal.Signals, timeout: float = 30.0) -> int:
        """Send the signal and wait for the process to end; its exit status."""
        self.process.send_signal(number)
        try:
            return self.process.wait(timeout)
        finally:
            self.log.close()
            self.stopped = True

    def close(self) -> None:
        """Whatever happened in the test: the process is gone afterwards."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.log.close()


@dataclass
class Answer:
    status: int
    seconds: float


def client(url: str, connections: int = 16) -> httpx.Client:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    # No Nagle: httpx writes a POST's headers and body apart, and the body would wait for a delayed ACK (40 ms).
    transport = httpx.HTTPTransport(limits=limits, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.Client(base_url=url, trust_env=False, timeout=30, transport=transport)


def post(http: httpx.Client, target: str, parameters: dict[str, str]) -> Answer:
    started = time.monotonic()
    response = http.post(target, content=form(parameters), headers=FORM_HEADERS)
    return Answer(response.status_code, time.monotonic() - started)


def post_all(url: str, requests: Sequence[tuple[str, dict[str, str]]], threads: int = 8) -> list[Answer]:
    """POST each (target, parameters) over keep-alive connections from a thread pool; the answers in order."""
    with client(url, threads) as http, ThreadPoolExecutor(threads) as pool:
        return list(pool.map(lambda request: post(http, *request), requests))


def pipelined(
    port: int, requests: Sequence[tuple[str, bytes]], window: int = 64, progress: Callable[[int], None] | None = None
) -> list[int]:
    """POST each (target, form body) on one keep-alive connection, `window` requests written at once (HTTP/1.1
    pipelining: far faster than a client library, so a flood is a flood); the answers' statuses in order."""
    statuses: list[int] = []
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = b""
        for start in range(0, len(requests), window):
            chunk = requests[start : start + window]
            sock.sendall(
                b"".join(
                    b"POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (target.encode(), len(body), body)
                    for target, body in chunk
                )
            )
            answered = 0
            while answered < len(chunk):
                end = buffer.find(b"\r\n\r\n")
                if end >= 0:
                    head = buffer[:end].decode("latin-1").split("\r\n")
                    length = next(
                        int(line.split(":")[1]) for line in head if line.lower().startswith("content-length:")
                    )
                    if len(buffer) >= end + 4 + length:
                        statuses.append(int(head[0].split()[1]))
                        buffer = buffer[end + 4 + length :]
                        answered += 1
                        continue
                received = sock.recv(65536)
                if not received:
                    raise AssertionError(f"the server closed the connection after {len(statuses)} answers")
                buffer += received
            if progress is not None:
                progress(len(chunk))
    return statuses


class Flood:
    """Requests pipelined on `connections` connections from background threads; `sent` grows as they are answered."""

    def __init__(self, port: int, requests: Sequence[tuple[str, bytes]], connections: int = 4) -> None:
        self.statuses: list[list[int]] = [[] for _ in range(connections)]
        self.errors: list[BaseException] = []
        self.answered = 0
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self.run, args=(port, requests[number::connections], number), daemon=True)
            for number in range(connections)
        ]
        for thread in self.threads:
            thread.start()

    def run(self, port: int, requests: Sequence[tuple[str, bytes]], number: int) -> None:
        try:
            self.statuses[number] = pipelined(port, requests, progress=self.count)
        except BaseException as error:
            self.errors.append(error)

    def count(self, answered: int) -> None:
        with self.lock:
            self.answered += answered

    def running(self) -> bool:
        return any(thread.is_alive() for thread in self.threads)

    def join(self, timeout: float) -> list[int]:
        deadline = time.monotonic() + timeout
        for thread in self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        assert not self.running(), f"the flood did not finish within {timeout:.0f} s"
        assert not self.errors, self.errors
        return [status for statuses in self.statuses for status in statuses]
