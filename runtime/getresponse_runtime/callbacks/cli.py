"""The callback receiver's command line: ``python -m getresponse_client.callbacks serve | replay | stats``.

serve   runs the ASGI receiver (`make_asgi_app` with a spool and the shared secret) under uvicorn, the
        ``getresponse-client[callbacks]`` extra. The secret comes from ``GETRESPONSE_CALLBACK_TOKEN`` (register the
        callback URL as ``https://host/hook?token=SECRET`` or ``https://host/hook/SECRET``); without it the server
        refuses to start unless ``--no-token`` says that anyone may post events. SIGTERM or SIGINT stops it
        gracefully: no new connections, the handlers running finish, what is not handled stays pending in the spool
        for the next start, and the counts are logged.
replay  hands the spool's dead events (and any left pending) to a handler again, then prints the counts.
stats   prints how many events the spool holds pending, in flight, done and dead (``--json`` for one object).

A usage or configuration problem (no token, a handler that cannot be imported, a spool in use, uvicorn missing)
prints one line and exits with status 2. Logs go to stderr; none of them carries the token or an event's
parameters (uvicorn's access log, which would print the URL and so the token, stays off).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import json
import logging
import os
import re
import signal
import socket
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, Final, cast
from urllib.parse import urlsplit, urlunsplit

from getresponse_runtime.callbacks.receiver import DEFAULT_SHUTDOWN_TIMEOUT, CallbackASGIApp, make_asgi_app
from getresponse_runtime.callbacks.spool import (
    DEFAULT_MAX_EVENTS,
    Spool,
    SpoolCounts,
    SpoolLocked,
    open_spool,
    read_sqlite_counts,
)
from getresponse_runtime.callbacks.spooled import DEFAULT_MAX_ATTEMPTS, SpoolDelivery

__all__ = ["TOKEN_ENV", "CliError", "load_callable", "main", "read_counts"]

PROG: Final = "python -m getresponse_client.callbacks"
TOKEN_ENV: Final = "GETRESPONSE_CALLBACK_TOKEN"
EXTRA: Final = "getresponse-client[callbacks]"
URL_SCHEMES: Final = ("redis://", "rediss://", "unix://")
TOKEN_CHARACTERS: Final = re.compile(r"[A-Za-z0-9._~-]+")  # what a URL carries unchanged in a path or a query
SHORT_TOKEN: Final = 16
BACKLOG: Final = 2048
POLL: Final = 0.05
LOG_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger("getresponse_client.callbacks")


class CliError(Exception):
    """A problem the user can fix: printed as one line, exit status 2."""


class BadImportPath(CliError):
    """--handler or --dead-letter does not name an importable callable."""


class TokenProblem(CliError):
    """No shared secret, an unusable one, or --no-token contradicting the environment."""


class ServerMissing(CliError):
    """uvicorn, which `serve` runs on, is not installed."""


class SpoolUnavailable(CliError):
    """The spool does not exist, cannot be opened, or another process holds it."""


class AddressUnavailable(CliError):
    """The host and port cannot be listened on."""


class ServerFailed(Exception):
    """uvicorn could not start (exit status 1)."""


# --- helpers ------------------------------------------------------------------------------------------------------


def load_callable(spec: str, option: str) -> Callable[..., Any]:
    """``MODULE:FUNCTION`` (or ``MODULE:OBJECT.METHOD``), the module importable from the current directory."""
    module_name, colon, attribute = spec.partition(":")
    if not colon or not module_name.strip() or not attribute.strip():
        raise BadImportPath(f"{option} {spec!r}: expected MODULE:FUNCTION, e.g. myapp.hooks:handle")
    cwd = os.getcwd()
    if cwd not in sys.path:
        sys.path.insert(0, cwd)
    try:
        module: ModuleType = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name is not None and (module_name == error.name or module_name.startswith(error.name + ".")):
            raise BadImportPath(
                f"{option} {spec!r}: no module named {error.name!r} (looked in {cwd} and on sys.path)"
            ) from None
        raise BadImportPath(f"{option} {spec!r}: importing {module_name!r} failed: {error}") from None
    except Exception as error:  # the handler's module itself is broken: say how, never start without it
        raise BadImportPath(
            f"{option} {spec!r}: importing {module_name!r} failed: {type(error).__name__}: {error}"
        ) from None
    target: Any = module
    for part in attribute.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            raise BadImportPath(f"{option} {spec!r}: {module_name!r} has no attribute {attribute!r}") from None
    if not callable(target):
        raise BadImportPath(f"{option} {spec!r}: {attribute!r} is a {type(target).__name__}, not a callable")
    return cast(Callable[..., Any], target)


def read_token(no_token: bool) -> str | None:
    """The shared secret from the environment; None only when --no-token says so."""
    value = os.environ.get(TOKEN_ENV, "")
    if no_token:
        if value:
            raise TokenProblem(f"--no-token given but {TOKEN_ENV} is set: unset it, or leave out --no-token")
        return None
    if not value:
        raise TokenProblem(
            f"{TOKEN_ENV} is not set: set it to the secret of your callback URL (https://HOST/PATH?token=SECRET or "
            "https://HOST/PATH/SECRET), or pass --no-token to accept callbacks from anyone"
        )
    if TOKEN_CHARACTERS.fullmatch(value) is None:
        raise TokenProblem(
            f"{TOKEN_ENV} may hold only letters, digits and - . _ ~ (it goes into a URL unchanged); make one with "
            "python -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    if len(value) < SHORT_TOKEN:
        logger.warning("%s is shorter than %d characters: easy to guess", TOKEN_ENV, SHORT_TOKEN)
    return value


def is_url(location: str) -> bool:
    return location.startswith(URL_SCHEMES)


def shown(location: str) -> str:
    """The spool's location for a message or a log line: a URL's password left out."""
    if not is_url(location):
        return location
    parts = urlsplit(location)
    if parts.password is None:
        return location
    user = f"{parts.username}:***@" if parts.username else ":***@"
    netloc = user + parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=netloc))


def open_existing(location: str) -> Spool:
    """The spool at `location`, which must exist already (replay)."""
    if not is_url(location) and not Path(location).is_file():
        raise SpoolUnavailable(f"no spool at {location}")
    try:
        return open_spool(location)
    except SpoolLocked as error:  # a serve owns it
        raise SpoolUnavailable(str(error)) from None
    except Exception as error:  # a missing redis extra, an unreachable server, a file that is not a spool
        raise SpoolUnavailable(f"cannot open the spool {shown(location)}: {type(error).__name__}: {error}") from None


def read_counts(location: str) -> SpoolCounts:
    """The spool's counts. A file spool is read through a read-only connection, so `stats` never disturbs a server
    running on it (opening it as a `SQLiteSpool` would take back that server's events in flight)."""
    if is_url(location):
        spool = open_existing(location)
        try:
            return spool.counts()
        except Exception as error:
            raise SpoolUnavailable(
                f"cannot read the spool {shown(location)}: {type(error).__name__}: {error}"
            ) from None
        finally:
            spool.close()
    path = Path(location)
    if not path.is_file():
        raise SpoolUnavailable(f"no spool at {location}")
    try:
        return read_sqlite_counts(path)
    except sqlite3.Error as error:
        raise SpoolUnavailable(f"cannot read the spool {location}: {error}") from None


def counts_text(counts: SpoolCounts) -> str:
    return f"{counts.pending} pending, {counts.in_flight} in flight, {counts.done} done, {counts.dead} dead"


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


def port_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be 0 to 65535 (0: any free port), not {value}")
    return value


def configure_logging(level: str) -> None:
    """Everything to stderr in one format (uvicorn's loggers included); left alone when the host program (a test
    calling `main`) configured logging already."""
    logging.basicConfig(stream=sys.stderr, level=level.upper(), format=LOG_FORMAT)
    logging.getLogger("getresponse_client.callbacks").setLevel(level.upper())


# --- serve --------------------------------------------------------------------------------------------------------


class Stopped(Exception):
    """SIGTERM or SIGINT arrived (after uvicorn's graceful shutdown, which re-raises the signal it caught)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signal_name = signal.Signals(signum).name


def raise_stopped(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """While uvicorn runs it handles SIGTERM/SIGINT itself (graceful shutdown) and re-raises the signal after;
    outside that (starting, or after it) these raise `Stopped`, so the process always ends through `finally`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, raise_stopped) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def listening_socket(host: str, port: int) -> socket.socket:
    """Bound and listening before the server starts, so an unusable address is a clear error (and port 0 gets a
    free port the log names)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say they are TCP, and with it
    # on, each answer's second write waits for a delayed ACK (40 ms per request).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as error:
        sock.close()
        raise AddressUnavailable(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    return sock


def import_uvicorn() -> Any:
    try:
        return importlib.import_module("uvicorn")
    except ImportError as error:
        raise ServerMissing(f"serve runs on uvicorn, which is not installed ({error}): pip install '{EXTRA}'") from None


def serve(args: argparse.Namespace) -> int:
    token = read_token(args.no_token)
    handler = load_callable(args.handler, "--handler")
    dead_letter = None if args.dead_letter is None else load_callable(args.dead_letter, "--dead-letter")
    uvicorn = import_uvicorn()
    location: str = args.spool
    with (
        contextlib.closing(listening_socket(args.host, args.port)) as sock,
        stop_on_signals(),
    ):
        try:
            app = make_asgi_app(
                handler,
                dead_letter=dead_letter,
                spool=location,
                token=token,
                workers=args.workers,
                max_attempts=args.max_attempts,
                shutdown_timeout=args.shutdown_timeout,
                max_spool_events=args.max_spool_events,
            )
        except SpoolLocked as error:  # another serve or replay owns it
            raise SpoolUnavailable(str(error)) from None
        except Exception as error:  # a missing redis extra, an unreachable server, a file that is not a spool
            raise SpoolUnavailable(
                f"cannot open the spool {shown(location)}: {type(error).__name__}: {error}"
            ) from None
        try:
            stopped_by = run_server(uvicorn, app, sock, args)
        finally:
            if not app.closed:  # stopped before uvicorn's lifespan shutdown ran: close the delivery here
                asyncio.run(app.aclose(args.shutdown_timeout))
    try:
        counts = counts_text(read_counts(location))
    except CliError as error:
        counts = str(error)
    logger.info("callback server stopped (%s); spool %s: %s", stopped_by, shown(location), counts)
    return 0


def run_server(uvicorn: Any, app: CallbackASGIApp, sock: socket.socket, args: argparse.Namespace) -> str:
    """Run uvicorn on the listening socket until it stops; what stopped it."""
    config = uvicorn.Config(
        app,
        lifespan="on",
        access_log=False,  # its lines carry the URL, and so the token
        log_config=None,  # uvicorn's loggers go through ours (stderr, one format)
        log_level=args.log_level,
        server_header=False,
        timeout_graceful_shutdown=max(1, round(args.shutdown_timeout)),
    )
    server = uvicorn.Server(config)
    host, port = sock.getsockname()[:2]
    logger.info(
        "serving GetResponse callbacks on http://%s:%d (spool %s, %s, %d worker(s), %d attempt(s) per event)",
        f"[{host}]" if ":" in host else host,
        port,
        shown(args.spool),
        "token required" if app.token is not None else "NO TOKEN: anyone can post events",
        args.workers,
        args.max_attempts,
    )
    try:
        server.run(sockets=[sock])
    except Stopped as stop:
        return stop.signal_name
    except SystemExit as failure:  # uvicorn exits when its start-up fails
        raise ServerFailed(f"the server stopped with status {failure.code}") from None
    return "shutdown"


# --- replay and stats ---------------------------------------------------------------------------------------------


def replay(args: argparse.Namespace) -> int:
    handler = load_callable(args.handler, "--handler")
    dead_letter = None if args.dead_letter is None else load_callable(args.dead_letter, "--dead-letter")
    location: str = args.spool
    spool = open_existing(location)  # an SQLite spool is locked while this process owns it
    try:
        revived = [event.event_id for event in spool.dead_events()]
        for event_id in revived:
            spool.revive(event_id)
        before = spool.counts()
    except BaseException:
        spool.close()
        raise
    to_deliver = before.pending + before.in_flight
    if to_deliver == 0:
        spool.close()
        print(f"nothing to replay; spool {shown(location)}: {counts_text(before)}")
        return 0
    delivery = SpoolDelivery(
        handler,
        dead_letter,
        spool,
        workers=args.workers,
        max_attempts=args.max_attempts,
        shutdown_timeout=DEFAULT_SHUTDOWN_TIMEOUT,
    )
    after = before
    try:
        while after.pending or after.in_flight:
            time.sleep(POLL)
            after = spool.counts()
    finally:
        delivery.close(DEFAULT_SHUTDOWN_TIMEOUT)  # closes the spool; an interrupted replay leaves events pending
    handled = after.done - before.done
    left = to_deliver - len(revived)
    also = f" and {left} left pending" if left else ""
    print(f"replayed {len(revived)} dead event(s){also}: {handled} handled, {after.dead} dead again")
    print(f"spool {shown(location)}: {counts_text(after)}")
    return 0 if after.dead == 0 else 1


def stats(args: argparse.Namespace) -> int:
    counts = read_counts(args.spool)
    if args.json:
        print(json.dumps(asdict(counts)))
    else:
        print(f"pending {counts.pending}\nin flight {counts.in_flight}\ndone {counts.done}\ndead {counts.dead}")
    return 0


# --- the command line ---------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Receive GetResponse callbacks durably: serve them, replay dead ones, count what is spooled.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="serve|replay|stats")

    spool_help = "the spool: an SQLite file (created if missing) or a redis:// URL"
    handler_help = "MODULE:FUNCTION called with each event (the module importable from the current directory)"
    dead_help = "MODULE:FUNCTION called with (event, error) for each event its handler failed on every time"

    run = commands.add_parser(
        "serve",
        help="run the receiver under uvicorn",
        description=f"Run the callback receiver under uvicorn ({EXTRA}). The shared secret comes from {TOKEN_ENV}.",
    )
    run.add_argument("--handler", required=True, help=handler_help)
    run.add_argument("--spool", required=True, help=spool_help)
    run.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    run.add_argument("--port", type=port_number, default=8080, help="port (default: 8080; 0: any free port)")
    run.add_argument("--dead-letter", help=dead_help)
    run.add_argument("--workers", type=positive, default=1, help="handler threads (default: 1, in arrival order)")
    run.add_argument(
        "--max-attempts",
        type=positive,
        default=DEFAULT_MAX_ATTEMPTS,
        help=f"deliveries of a failing event, with backoff, before it is dead (default: {DEFAULT_MAX_ATTEMPTS})",
    )
    run.add_argument(
        "--max-spool-events",
        type=positive,
        default=DEFAULT_MAX_EVENTS,
        help=f"undelivered events the spool keeps before answering 503 (default: {DEFAULT_MAX_EVENTS:,})",
    )
    run.add_argument(
        "--shutdown-timeout",
        type=seconds,
        default=DEFAULT_SHUTDOWN_TIMEOUT,
        help="on SIGTERM, seconds to wait for running handlers; the rest stays pending (default: %(default)s)",
    )
    run.add_argument("--no-token", action="store_true", help=f"accept events without a secret ({TOKEN_ENV} unset)")
    run.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    run.set_defaults(run=serve)

    again = commands.add_parser(
        "replay",
        help="re-deliver dead events",
        description="Hand the spool's dead events (and any left pending) to a handler; exit 1 if some die again. "
        "Stop the server on a file spool first.",
    )
    again.add_argument("--spool", required=True, help=spool_help.replace(" (created if missing)", ""))
    again.add_argument("--handler", required=True, help=handler_help)
    again.add_argument("--dead-letter", help=dead_help)
    again.add_argument("--workers", type=positive, default=1, help="handler threads (default: 1)")
    again.add_argument(
        "--max-attempts", type=positive, default=1, help="deliveries per event before it is dead again (default: 1)"
    )
    again.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    again.set_defaults(run=replay)

    count = commands.add_parser(
        "stats", help="print the spool's counts", description="Print pending / in flight / done / dead counts."
    )
    count.add_argument("--spool", required=True, help=spool_help.replace(" (created if missing)", ""))
    count.add_argument("--json", action="store_true", help="one JSON object instead of one line per count")
    count.set_defaults(run=stats, log_level="warning")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # usage errors (status 2) and --help (0), already printed by argparse
        return exit_.code if isinstance(exit_.code, int) else 2
    configure_logging(args.log_level)
    try:
        status: int = args.run(args)
    except CliError as error:
        print(f"{PROG} {args.command}: error: {error}", file=sys.stderr)
        return 2
    except ServerFailed as error:
        print(f"{PROG} {args.command}: error: {error}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Stopped):
        print(f"{PROG} {args.command}: interrupted", file=sys.stderr)
        return 130
    return status
