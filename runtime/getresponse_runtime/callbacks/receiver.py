"""Minimal ASGI and WSGI apps receiving GetResponse callbacks: answer at once, run the handler afterwards.

GetResponse waits 4 seconds for the answer and never repeats an event, so the apps answer as soon as the request
is parsed and hand the event to the handler outside the request:

- a sync handler runs on worker threads (an awaitable it returns runs on an event loop of that thread);
- in the ASGI app an `async def` handler runs as a task on the server's event loop.

An event the handler raised on, or that was never handed to it (the queue was full, or the app closed first), goes
to the `dead_letter(event, exception)` hook, or is logged when there is none. Answers: 200 for an event, 400 for a
payload that is not one, 413 when it is too large, 415 for an unreadable content type, 405 for a method other
than GET or POST, 503 when the event could not be queued. A POST's query parameters (e.g. a secret token in the
callback URL) count with the body's; a GET carries the event in its query string.
"""

from __future__ import annotations

import asyncio
import atexit
import inspect
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any, Final
from wsgiref.types import StartResponse, WSGIEnvironment

from getresponse_runtime.callbacks._base import EventBase
from getresponse_runtime.callbacks._parser import (
    FORM_CONTENT_TYPE,
    MAX_PAYLOAD_BYTES,
    build_event,
    decode_parameters,
)
from getresponse_runtime.callbacks.errors import (
    CallbackError,
    ConflictingParameter,
    LengthRequired,
    PayloadTooLarge,
    UnsupportedContentType,
)
from getresponse_runtime.callbacks.spool import DEFAULT_MAX_EVENTS, Spool, SpoolFull
from getresponse_runtime.callbacks.spooled import (
    DEFAULT_MAX_ATTEMPTS,
    TOKEN_PARAMETER,
    SpoolDelivery,
    call_on_thread,
    describe,
    spool_delivery,
    start_threads,
    token_matches,
)

Handler = Callable[[Any], object]  # getresponse_client.callbacks types it for the generated events
"""Called with each event; may be `async def` or return an awaitable."""
DeadLetter = Callable[[Any, BaseException], object]
"""Called with an event its handler failed on (or that never reached it) and the exception; keep it quick."""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DEFAULT_MAX_PENDING: Final = 10_000
DEFAULT_SHUTDOWN_TIMEOUT: Final = 10.0
ALLOWED_METHODS: Final = ("GET", "POST")

logger = logging.getLogger("getresponse_client.callbacks")


class DeliveryAbandoned(RuntimeError):
    """The event never reached (or was cancelled in) the handler: the queue was full or the receiver closed."""


def report_failure(dead_letter: DeadLetter | None, event: EventBase, error: BaseException) -> None:
    """Hand a failed event to the dead-letter hook; without one, or if it fails too, log it (never drop silently).
    The log names the event's class, never its parameters (an email, a token)."""
    if dead_letter is None:
        logger.error("callback event not handled: %s", describe(event), exc_info=error)
        return
    try:
        dead_letter(event, error)
    except Exception:
        logger.exception("dead-letter hook failed on %s (handler error: %r)", describe(event), error)


def abandon(dead_letter: DeadLetter | None, event: EventBase, reason: str) -> None:
    report_failure(dead_letter, event, DeliveryAbandoned(reason))


@dataclass(frozen=True)
class Answer:
    status: HTTPStatus
    text: str

    @property
    def status_line(self) -> str:
        return f"{self.status.value} {self.status.phrase}"

    @property
    def body(self) -> bytes:
        return (self.text + "\n").encode()

    @property
    def headers(self) -> list[tuple[str, str]]:
        headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(self.body)))]
        if self.status is HTTPStatus.METHOD_NOT_ALLOWED:
            headers.append(("Allow", ", ".join(ALLOWED_METHODS)))
        return headers


ACCEPTED: Final = Answer(HTTPStatus.OK, "OK")
UNAUTHORIZED: Final = Answer(HTTPStatus.UNAUTHORIZED, "missing or wrong token")
NOT_ALLOWED: Final = Answer(HTTPStatus.METHOD_NOT_ALLOWED, "only GET and POST are accepted")
NOT_QUEUED: Final = Answer(HTTPStatus.SERVICE_UNAVAILABLE, "the receiver cannot take events now")


_REJECTED_TOKENS = {"count": 0, "logged": 0.0}
REJECTION_LOG_INTERVAL: Final = 10.0


def unauthorized() -> Answer:
    # One line per interval with a count, so a flood of forged requests cannot flood the log; never the token.
    _REJECTED_TOKENS["count"] += 1
    now = time.monotonic()
    if now - _REJECTED_TOKENS["logged"] >= REJECTION_LOG_INTERVAL:
        count, _REJECTED_TOKENS["count"], _REJECTED_TOKENS["logged"] = int(_REJECTED_TOKENS["count"]), 0, now
        logger.warning("%d callback request(s) with a missing or wrong token rejected (401)", count)
    return UNAUTHORIZED


def check_token(token: str | None) -> str | None:
    if token is not None and (not isinstance(token, str) or not token.strip() or "/" in token):
        raise ValueError("token must be a non-empty string without '/' (it may be the callback URL's last segment)")
    return token


def spool_answer(delivery: SpoolDelivery, parameters: dict[str, str]) -> Answer:
    """200 once the event is committed to the spool; 503 when the spool is full or failing (nothing was kept)."""
    try:
        delivery.put(parameters)
    except SpoolFull:
        logger.warning("callback spool full: event refused with 503")
        return NOT_QUEUED
    except Exception:
        logger.exception("callback spool failed: event refused with 503")
        return NOT_QUEUED
    return ACCEPTED


def rejection(error: CallbackError) -> Answer:
    logger.warning("callback rejected: %s", error)
    if isinstance(error, LengthRequired):
        return Answer(HTTPStatus.LENGTH_REQUIRED, str(error))
    if isinstance(error, PayloadTooLarge):
        return Answer(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, str(error))
    if isinstance(error, UnsupportedContentType):
        return Answer(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, str(error))
    return Answer(HTTPStatus.BAD_REQUEST, str(error))


def read_parameters(
    query: bytes, body: bytes, content_type: str | None, max_bytes: int, *, drop_token: bool = False
) -> dict[str, str]:
    """The wire parameters of a request: its query string's, and for a POST its body's (the shared-secret token
    left out when the receiver checks one: it never reaches the event, the spool or a log)."""
    parameters = decode_parameters(query, FORM_CONTENT_TYPE, max_bytes=max_bytes)
    if body:
        for name, value in decode_parameters(body, content_type, max_bytes=max_bytes).items():
            if parameters.setdefault(name, value) != value:
                raise ConflictingParameter(name)
    if drop_token:
        parameters.pop(TOKEN_PARAMETER, None)
    return parameters


def read_event(query: bytes, body: bytes, content_type: str | None, max_bytes: int) -> EventBase:
    """The event of a request: its query parameters, and for a POST those of its body."""
    return build_event(read_parameters(query, body, content_type, max_bytes))


class ThreadDelivery:
    """Runs the handler on worker threads, one event at a time per thread, in arrival order."""

    def __init__(
        self,
        handler: Handler,
        dead_letter: DeadLetter | None,
        *,
        workers: int,
        max_pending: int,
        shutdown_timeout: float,
    ) -> None:
        if workers < 1 or max_pending < 1:
            raise ValueError("workers and max_pending must be at least 1")
        self.handler = handler
        self.dead_letter = dead_letter
        self.workers = workers
        self.max_pending = max_pending
        self.shutdown_timeout = shutdown_timeout
        self.pending: deque[EventBase] = deque()
        self.running = 0
        self.closed = False
        self.threads: list[threading.Thread] = []
        self.condition = threading.Condition()
        OPEN_DELIVERIES.add(self)

    def submit(self, event: EventBase) -> bool:
        """Queue the event; False (and nothing queued) when the queue is full or closed."""
        with self.condition:
            if self.closed or len(self.pending) >= self.max_pending:
                return False
            self.pending.append(event)
            self.start_workers()
            self.condition.notify()
        return True

    def start_workers(self) -> None:
        # Started on first use, not at creation: threads do not survive the fork of a pre-forking server.
        self.threads = start_threads(self.threads, self.workers, self.work, "getresponse-callbacks")

    def work(self) -> None:
        runner: asyncio.Runner | None = None
        try:
            while True:
                with self.condition:
                    while not self.pending and not self.closed:
                        self.condition.wait()
                    if not self.pending:
                        return
                    event = self.pending.popleft()
                    self.running += 1
                try:
                    runner = self.deliver(event, runner)
                finally:
                    with self.condition:
                        self.running -= 1
                        self.condition.notify_all()
        finally:
            if runner is not None:
                runner.close()

    def deliver(self, event: EventBase, runner: asyncio.Runner | None) -> asyncio.Runner | None:
        """Run the handler on `event`; an awaitable it returns runs on this thread's own event loop."""
        try:
            runner = call_on_thread(self.handler, event, runner)
        except BaseException as error:  # a worker thread must outlive any handler failure, SystemExit included
            report_failure(self.dead_letter, event, error)
        return runner

    def close(self, timeout: float | None = None) -> bool:
        """Stop taking events and wait up to `timeout` seconds (None: no limit) for the queued ones to be handled.

        Events still queued then go to the dead-letter hook as `DeliveryAbandoned`; a handler still running is
        logged (a thread cannot be stopped). True when every event was handled.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.condition:
            self.closed = True
            self.condition.notify_all()
            while self.pending or self.running:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                self.condition.wait(remaining)
            abandoned = list(self.pending)
            self.pending.clear()
            still_running = self.running
        OPEN_DELIVERIES.discard(self)
        for event in abandoned:
            abandon(self.dead_letter, event, "the receiver closed before the handler ran")
        if still_running:
            logger.warning("%d callback handler(s) still running after close", still_running)
        return not abandoned and not still_running


OPEN_DELIVERIES: Final[weakref.WeakSet[ThreadDelivery]] = weakref.WeakSet()


@atexit.register
def close_open_deliveries() -> None:
    """At interpreter exit, give queued events their receiver's shutdown timeout (worker threads are daemons)."""
    for delivery in list(OPEN_DELIVERIES):
        delivery.close(delivery.shutdown_timeout)


def is_async_callable(handler: Handler) -> bool:
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(type(handler).__call__)


class CallbackWSGIApp:
    """WSGI app receiving callbacks; the handler runs on worker threads. Call `close()` on shutdown."""

    def __init__(
        self,
        handler: Handler,
        *,
        dead_letter: DeadLetter | None = None,
        max_body_bytes: int = MAX_PAYLOAD_BYTES,
        workers: int = 1,
        max_pending: int = DEFAULT_MAX_PENDING,
        shutdown_timeout: float = DEFAULT_SHUTDOWN_TIMEOUT,
        spool: str | Path | Spool | None = None,
        token: str | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        max_spool_events: int = DEFAULT_MAX_EVENTS,
    ) -> None:
        self.token = check_token(token)
        self.spooled = spool_delivery(
            handler,
            dead_letter,
            spool,
            workers=workers,
            max_attempts=max_attempts,
            max_spool_events=max_spool_events,
            shutdown_timeout=shutdown_timeout,
        )
        self.max_body_bytes = max_body_bytes
        self.delivery = ThreadDelivery(
            handler, dead_letter, workers=workers, max_pending=max_pending, shutdown_timeout=shutdown_timeout
        )

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        answer = self.answer(environ)
        start_response(answer.status_line, answer.headers)
        return [answer.body]

    def answer(self, environ: WSGIEnvironment) -> Answer:
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ALLOWED_METHODS:
            return NOT_ALLOWED
        query = wsgi_bytes(environ.get("QUERY_STRING", ""))
        if self.token is not None and not token_matches(self.token, environ.get("PATH_INFO", ""), query):
            return unauthorized()
        try:
            body = self.read_body(environ) if method == "POST" else b""
            parameters = read_parameters(
                query, body, environ.get("CONTENT_TYPE"), self.max_body_bytes, drop_token=self.token is not None
            )
            event = build_event(parameters)
        except CallbackError as error:
            return rejection(error)
        if self.spooled is not None:
            return spool_answer(self.spooled, parameters)
        # Queuing takes no time; the handler runs on a worker thread and cannot delay the answer.
        if self.delivery.submit(event):
            return ACCEPTED
        abandon(self.delivery.dead_letter, event, "the receiver's queue is full or it is closed")
        return NOT_QUEUED

    def read_body(self, environ: WSGIEnvironment) -> bytes:
        try:
            declared = int(environ.get("CONTENT_LENGTH") or -1)
        except ValueError:
            declared = -1
        if declared > self.max_body_bytes:
            raise PayloadTooLarge(self.max_body_bytes)
        if declared < 0 and not environ.get("wsgi.input_terminated"):
            # A chunked body this WSGI server does not de-chunk: reading could block, and an empty body would be
            # misread as a bad event. 411 says what the sender must do (GetResponse sends Content-Length).
            raise LengthRequired()
        stream = environ["wsgi.input"]
        wanted = declared if declared >= 0 else self.max_body_bytes + 1
        chunks: list[bytes] = []
        received = 0
        while received < wanted:
            chunk = stream.read(wanted - received)
            if not chunk:
                break
            chunks.append(chunk)
            received += len(chunk)
        if received > self.max_body_bytes:
            raise PayloadTooLarge(self.max_body_bytes)
        return b"".join(chunks)

    def close(self, timeout: float | None = None) -> bool:
        """Stop taking events and wait for the queued ones (see `ThreadDelivery.close`, `SpoolDelivery.close`)."""
        if self.spooled is not None:
            self.delivery.close(0)
            return self.spooled.close(timeout)
        return self.delivery.close(timeout)


def wsgi_bytes(native: str) -> bytes:
    # WSGI hands over request bytes decoded as latin-1 (PEP 3333); encoding back restores them.
    try:
        return native.encode("latin-1")
    except UnicodeEncodeError:
        return native.encode("utf-8", "surrogateescape")


class CallbackASGIApp:
    """ASGI app receiving callbacks. It drains its handlers on the lifespan shutdown, or call `aclose()`."""

    def __init__(
        self,
        handler: Handler,
        *,
        dead_letter: DeadLetter | None = None,
        max_body_bytes: int = MAX_PAYLOAD_BYTES,
        workers: int = 1,
        max_pending: int = DEFAULT_MAX_PENDING,
        shutdown_timeout: float = DEFAULT_SHUTDOWN_TIMEOUT,
        spool: str | Path | Spool | None = None,
        token: str | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        max_spool_events: int = DEFAULT_MAX_EVENTS,
    ) -> None:
        self.token = check_token(token)
        self.spooled = spool_delivery(
            handler,
            dead_letter,
            spool,
            workers=workers,
            max_attempts=max_attempts,
            max_spool_events=max_spool_events,
            shutdown_timeout=shutdown_timeout,
        )
        self.handler = handler
        self.dead_letter = dead_letter
        self.max_body_bytes = max_body_bytes
        self.max_pending = max_pending
        self.shutdown_timeout = shutdown_timeout
        self.runs_on_loop = is_async_callable(handler)
        self.workers = workers
        self.slots: asyncio.Semaphore | None = None  # made on the server's event loop, on first use
        self.tasks: set[asyncio.Task[None]] = set()
        self.closed = False
        self.delivery = ThreadDelivery(
            handler, dead_letter, workers=workers, max_pending=max_pending, shutdown_timeout=shutdown_timeout
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.lifespan(receive, send)
        elif scope["type"] == "http":
            await self.http(scope, receive, send)
        else:
            raise ValueError(f"unsupported ASGI scope type {scope['type']!r}")

    async def lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose(self.shutdown_timeout)
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        if method not in ALLOWED_METHODS:
            await respond(send, NOT_ALLOWED)
            return
        content_type = header(scope, b"content-type")
        query = scope.get("query_string", b"")
        if self.token is not None and not token_matches(self.token, scope.get("path", ""), query):
            await respond(send, unauthorized())
            return
        try:
            body = await self.read_body(scope, receive) if method == "POST" else b""
            if body is None:
                return  # the client went away
            parameters = read_parameters(
                query, body, content_type, self.max_body_bytes, drop_token=self.token is not None
            )
            event = build_event(parameters)
        except CallbackError as error:
            await respond(send, rejection(error))
            return
        if self.spooled is not None:
            # The commit waits for the disk: off the event loop, and the answer only after it.
            answer = NOT_QUEUED if self.closed else await asyncio.to_thread(spool_answer, self.spooled, parameters)
            await respond(send, answer)
            return
        if not self.runs_on_loop:
            # Queued before answering so that close() waits for it; a worker thread runs it meanwhile.
            if self.delivery.submit(event):
                await respond(send, ACCEPTED)
            else:
                abandon(self.dead_letter, event, "the receiver's queue is full or it is closed")
                await respond(send, NOT_QUEUED)
        elif self.closed or len(self.tasks) >= self.max_pending:
            abandon(self.dead_letter, event, "the receiver's queue is full or it is closed")
            await respond(send, NOT_QUEUED)
        else:
            try:
                await respond(send, ACCEPTED)
            finally:  # the event was received even when the answer could not be sent
                self.start_task(event)

    def start_task(self, event: EventBase) -> None:
        if self.closed:  # aclose() ran while the answer was being sent
            abandon(self.dead_letter, event, "the receiver closed before the handler ran")
            return
        task = asyncio.get_running_loop().create_task(self.run_handler(event))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def run_handler(self, event: EventBase) -> None:
        # At most `workers` async handlers run at once, as sync ones run on `workers` threads; the rest wait here.
        if self.slots is None:
            self.slots = asyncio.Semaphore(self.workers)
        try:
            async with self.slots:
                result = self.handler(event)
                if inspect.isawaitable(result):
                    await result
        except asyncio.CancelledError:
            abandon(self.dead_letter, event, "the receiver closed while the handler ran")
            raise
        except Exception as error:
            report_failure(self.dead_letter, event, error)

    async def read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        declared = header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_body_bytes:
            raise PayloadTooLarge(self.max_body_bytes)
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > self.max_body_bytes:
                raise PayloadTooLarge(self.max_body_bytes)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def aclose(self, timeout: float | None = None) -> bool:
        """Stop taking events; wait up to `timeout` seconds (None: no limit) for the handlers to finish.

        Tasks still running then are cancelled and their events go to the dead-letter hook as
        `DeliveryAbandoned`, as do events still queued for the worker threads. True when every event was handled.
        """
        self.closed = True
        started = time.monotonic()
        unfinished: set[asyncio.Task[None]] = set()
        if self.tasks:
            _, unfinished = await asyncio.wait(set(self.tasks), timeout=timeout)
            for task in unfinished:
                task.cancel()
            if unfinished:
                await asyncio.wait(unfinished)
        remaining = None if timeout is None else max(0.0, timeout - (time.monotonic() - started))
        threads_done = await asyncio.to_thread(self.delivery.close, remaining)
        if self.spooled is not None:
            threads_done = await asyncio.to_thread(self.spooled.close, remaining) and threads_done
        return threads_done and not unfinished


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


async def respond(send: Send, answer: Answer) -> None:
    headers = [(name.lower().encode(), value.encode("latin-1")) for name, value in answer.headers]
    await send({"type": "http.response.start", "status": answer.status.value, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


def make_wsgi_app(
    handler: Handler,
    *,
    dead_letter: DeadLetter | None = None,
    max_body_bytes: int = MAX_PAYLOAD_BYTES,
    workers: int = 1,
    max_pending: int = DEFAULT_MAX_PENDING,
    shutdown_timeout: float = DEFAULT_SHUTDOWN_TIMEOUT,
    spool: str | Path | Spool | None = None,
    token: str | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    max_spool_events: int = DEFAULT_MAX_EVENTS,
) -> CallbackWSGIApp:
    """A WSGI app that answers each callback at once and runs `handler(event)` on worker threads afterwards.

    `workers` threads run the handler (1 keeps arrival order); at most `max_pending` events wait for one.
    `shutdown_timeout` bounds the wait for queued events at interpreter exit; call `app.close(timeout)` to drain
    earlier.

    `spool` (a file path, a ``redis://`` URL or a `Spool`) commits each event before the 200 and delivers it at
    least once, retrying a failing handler up to `max_attempts` times (see getresponse_runtime.callbacks.spooled);
    then `max_pending` does not apply, and `max_spool_events` undelivered events make the answer 503. `token`
    accepts only requests carrying that shared secret (the ``token`` query parameter or the URL's last segment);
    others get 401 and are neither parsed nor kept.
    """
    return CallbackWSGIApp(
        handler,
        dead_letter=dead_letter,
        max_body_bytes=max_body_bytes,
        workers=workers,
        max_pending=max_pending,
        shutdown_timeout=shutdown_timeout,
        spool=spool,
        token=token,
        max_attempts=max_attempts,
        max_spool_events=max_spool_events,
    )


def make_asgi_app(
    handler: Handler,
    *,
    dead_letter: DeadLetter | None = None,
    max_body_bytes: int = MAX_PAYLOAD_BYTES,
    workers: int = 1,
    max_pending: int = DEFAULT_MAX_PENDING,
    shutdown_timeout: float = DEFAULT_SHUTDOWN_TIMEOUT,
    spool: str | Path | Spool | None = None,
    token: str | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    max_spool_events: int = DEFAULT_MAX_EVENTS,
) -> CallbackASGIApp:
    """An ASGI app that answers each callback at once and runs `handler(event)` afterwards.

    An `async def` handler runs as a task on the server's loop, a sync one on `workers` threads. At most
    `max_pending` events wait or run. On the lifespan shutdown (or `await app.aclose(timeout)`), the app waits
    `shutdown_timeout` seconds for them.
    """
    return CallbackASGIApp(
        handler,
        dead_letter=dead_letter,
        max_body_bytes=max_body_bytes,
        workers=workers,
        max_pending=max_pending,
        shutdown_timeout=shutdown_timeout,
        spool=spool,
        token=token,
        max_attempts=max_attempts,
        max_spool_events=max_spool_events,
    )
