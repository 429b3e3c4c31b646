"""Worker: the callback receiver under uvicorn on loopback, spool on versus off (benchmark 5).

``python -m bench.callbacks`` (run by bench/run.py in a virtualenv with the ``callbacks`` extra) starts the
receiver in a process of its own (``python -m bench.callbacks serve``: `make_asgi_app` with the token, on uvicorn,
as ``python -m getresponse_client.callbacks serve`` runs it), and posts genuine events at it from an asyncio
client over keep-alive connections, one request at a time per connection:

* events/s answered: ``--events`` events over ``--connections`` connections, a no-op handler, the SQLite spool on
  (a synchronous commit per event before the 200) and off (the in-memory queue), rounds taking turns;
* the answer latency with a handler that sleeps 1 s: ``--latency-events`` events, p50 / p99 / max, spool on (and
  off, for reference).

Prints one result line (bench/stats.py). The spool lives under ``--workdir`` (the disk the repository is on).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.stats import emit, median

TOKEN = "bench-callback-token-0123456789"
EVENT = {
    "action": "open",
    "ACCOUNT_ID": "A1",
    "account_login": "bench",
    "CAMPAIGN_ID": "C1",
    "campaign_name": "news",
    "MESSAGE_ID": "M1",
    "message_name": "Hello",
    "message_subject": "Hi",
    "CONTACT_ID": "K1",
}
START_TIMEOUT = 30.0


# --- the server process --------------------------------------------------------------------------------------------


def serve(spool: str | None, delay: float) -> int:
    """The receiver on a free loopback port; prints ``PORT <n>``, stops when standard input closes."""
    import uvicorn

    import getresponse_client.callbacks  # noqa: F401  (the event classes the receiver parses into)
    from getresponse_runtime.callbacks.cli import listening_socket
    from getresponse_runtime.callbacks.receiver import make_asgi_app

    def handler(event: object) -> None:
        if delay:
            time.sleep(delay)

    def dead_letter(event: object, error: BaseException) -> None:
        pass  # at the end of a 1 s-handler run, the in-memory queue abandons what it holds: expected

    app = make_asgi_app(handler, dead_letter=dead_letter, spool=spool, token=TOKEN, shutdown_timeout=0.2)
    config = uvicorn.Config(app, lifespan="on", access_log=False, log_config=None, log_level="warning")
    server = uvicorn.Server(config)
    sock = listening_socket("127.0.0.1", 0)

    def stop_at_eof() -> None:
        sys.stdin.buffer.read()
        server.should_exit = True

    threading.Thread(target=stop_at_eof, daemon=True).start()
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    server.run(sockets=[sock])
    return 0


@contextlib.contextmanager
def receiver(spool: Path | None, delay: float, log: Path) -> Iterator[int]:
    """``python -m bench.callbacks serve`` in its own process; its port; always stopped."""
    command = [sys.executable, "-m", "bench.callbacks", "serve", "--delay", str(delay)]
    if spool is not None:
        command += ["--spool", str(spool)]
    with log.open("ab") as errors:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode()
        match = re.match(r"PORT (\d+)", line)
        if match is None:
            raise RuntimeError(f"the callback receiver did not start (it said {line!r}); see {log}")
        yield int(match.group(1))
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- the client ----------------------------------------------------------------------------------------------------


def request(number: int) -> bytes:
    body = urlencode({**EVENT, "contact_email": f"contact{number}@example.com"}).encode()
    target = f"/hook?token={TOKEN}"
    return (
        f"POST {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


async def connection(port: int, requests: list[bytes], latencies: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for data in requests:
            started = time.perf_counter()
            writer.write(data)
            head = await reader.readuntil(b"\r\n\r\n")
            length = re.search(rb"(?i)content-length: *(\d+)", head)
            await reader.readexactly(int(length.group(1)) if length else 0)
            latencies.append(time.perf_counter() - started)
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(f"the receiver answered {head.splitlines()[0]!r}")
    finally:
        writer.close()


async def post_events(port: int, events: int, connections: int, first: int) -> tuple[float, list[float]]:
    """Seconds to have `events` events answered over `connections` connections, and each answer's latency."""
    requests = [request(first + number) for number in range(events)]
    latencies: list[float] = []
    started = time.perf_counter()
    await asyncio.gather(*(connection(port, requests[k::connections], latencies) for k in range(connections)))
    return time.perf_counter() - started, latencies


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def measure(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="callbacks-", dir=args.workdir))
    log = workdir / "receiver.log"
    rates: dict[str, list[float]] = {"spool": [], "memory": []}
    latency: dict[str, dict[str, float]] = {}
    try:
        for round_number in range(args.rounds):
            modes = ("spool", "memory") if round_number % 2 == 0 else ("memory", "spool")
            for mode in modes:
                spool = workdir / f"rate-{round_number}.db" if mode == "spool" else None
                with receiver(spool, 0.0, log) as port:
                    asyncio.run(post_events(port, args.warmup, args.connections, 0))
                    seconds, _ = asyncio.run(post_events(port, args.events, args.connections, args.warmup))
                rates[mode].append(args.events / seconds)
        for mode in ("spool", "memory"):
            spool = workdir / "latency.db" if mode == "spool" else None
            with receiver(spool, args.slow_handler, log) as port:
                asyncio.run(post_events(port, args.warmup, args.connections, 0))
                _, latencies = asyncio.run(post_events(port, args.latency_events, args.connections, args.warmup))
            latency[mode] = {
                "p50_ms": percentile(latencies, 0.50) * 1e3,
                "p99_ms": percentile(latencies, 0.99) * 1e3,
                "max_ms": max(latencies) * 1e3,
            }
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return {
        "uvicorn": version("uvicorn"),
        "events": args.events,
        "connections": args.connections,
        "rounds": args.rounds,
        "latency_events": args.latency_events,
        "slow_handler_s": args.slow_handler,
        "events_per_s": {mode: median(values) for mode, values in rates.items()},
        "events_per_s_samples": rates,
        "latency": latency,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="callback receiver: events/s and answer latency, spool on vs off")
    commands = parser.add_subparsers(dest="command")
    server = commands.add_parser("serve", help="(internal) run the receiver")
    server.add_argument("--spool", help="SQLite file; without it the in-memory queue")
    server.add_argument("--delay", type=float, default=0.0, help="seconds the handler sleeps")
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3, help="rounds per mode, taking turns")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--latency-events", type=int, default=500)
    parser.add_argument("--slow-handler", type=float, default=1.0, help="seconds the handler sleeps (latency)")
    parser.add_argument("--workdir", help="where the spool files go (default: the system's temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the spools and the receiver's log")
    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve(args.spool, args.delay)
    if args.workdir:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)
    emit(measure(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
