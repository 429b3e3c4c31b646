"""Delivery through a durable spool, and the shared-secret check of the receivers.

With a spool, the receiver commits each event before it answers 200; worker threads take events from the spool,
hand them to the handler and mark them done. A handler that raises is retried with backoff, up to `max_attempts`
deliveries, then the event is kept as dead (the `dead_letter` hook is told, ``replay`` re-delivers it). An event
left in flight by a crash is delivered again when the spool is opened next: at least once, with the same
``event.event_id``. Closing stops the workers; what they did not finish stays pending in the spool, never dropped.
"""

from __future__ import annotations

import asyncio
import hmac
import inspect
import logging
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qsl

from getresponse_runtime.callbacks._base import EventBase
from getresponse_runtime.callbacks._parser import build_event
from getresponse_runtime.callbacks.spool import Spool, SpooledEvent, open_spool

__all__ = [
    "DEFAULT_MAX_ATTEMPTS",
    "TOKEN_PARAMETER",
    "SpoolDelivery",
    "call_on_thread",
    "describe",
    "spool_delivery",
    "start_threads",
    "token_matches",
]

DEFAULT_MAX_ATTEMPTS: Final = 5
RETRY_BASE: Final = 1.0  # seconds before the second delivery; doubles each time
RETRY_CAP: Final = 300.0
TOKEN_PARAMETER: Final = "token"
CLAIM_WAIT: Final = 0.2  # how long a worker waits for an event before it looks whether it should stop
SPOOL_RETRY: Final = 1.0  # seconds a worker waits after the spool failed, before it claims again

logger = logging.getLogger("getresponse_client.callbacks")


def token_matches(token: str, path: str, query: bytes) -> bool:
    """Whether the request carries the shared secret: as the ``token`` query parameter or as the last segment of
    the path. Compared in constant time; nothing of the request is parsed beyond its query string."""
    expected = token.encode()
    segment = path.rstrip("/").rsplit("/", 1)[-1].encode("utf-8", "surrogateescape")
    if hmac.compare_digest(segment, expected):
        return True
    given = [value for name, value in parse_qsl(query.decode("latin-1")) if name == TOKEN_PARAMETER]
    # Compared as UTF-8 bytes: any value a client sends (percent-encoded or not) is comparable, none raises.
    return len(given) == 1 and hmac.compare_digest(given[0].encode("utf-8", "surrogateescape"), expected)


def call_on_thread(handler: Any, event: EventBase, runner: asyncio.Runner | None) -> asyncio.Runner | None:
    """Call the handler on a worker thread; an awaitable it returns runs on the thread's own event loop (made on
    first need and returned, to be reused for the thread's next events)."""
    result = handler(event)
    if inspect.isawaitable(result):
        runner = runner or asyncio.Runner()
        runner.run(_awaited(result))
    return runner


def start_threads(threads: list[threading.Thread], count: int, target: Any, name: str) -> list[threading.Thread]:
    """The live threads of `threads`, topped up to `count` (threads do not survive the fork of a pre-forking
    server, so the receivers call this on each event, not only once)."""
    alive = [thread for thread in threads if thread.is_alive()]
    while len(alive) < count:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        alive.append(thread)
    return alive


def describe(event: EventBase) -> str:
    """An event for a log line: its class, action and id; never its parameters (emails, names, a token)."""
    return f"{type(event).__name__}(event_id={event.event_id!r})"


class SpoolDelivery:
    """Hands spooled events to the handler on `workers` threads; see the module docstring."""

    def __init__(
        self,
        handler: Any,
        dead_letter: Any,
        spool: Spool,
        *,
        workers: int,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        retry_base: float = RETRY_BASE,
        shutdown_timeout: float,
    ) -> None:
        if workers < 1 or max_attempts < 1:
            raise ValueError("workers and max_attempts must be at least 1")
        self.handler = handler
        self.dead_letter = dead_letter
        self.spool = spool
        self.workers = workers
        self.max_attempts = max_attempts
        self.retry_base = retry_base
        self.shutdown_timeout = shutdown_timeout
        self.closed = False
        self.running = 0
        self.threads: list[threading.Thread] = []
        self.condition = threading.Condition()
        self.start_workers()  # events a crash left in the spool are delivered without waiting for a new one

    def put(self, parameters: Mapping[str, str]) -> str:
        """Commit the event (raises SpoolFull); a worker takes it from the spool."""
        event_id = self.spool.put(parameters)
        with self.condition:
            self.start_workers()
        return event_id

    def start_workers(self) -> None:
        if not self.closed:
            self.threads = start_threads(self.threads, self.workers, self.work, "getresponse-callbacks-spool")

    def work(self) -> None:
        runner: asyncio.Runner | None = None
        try:
            while True:
                # Counted as running while it claims, so close() never closes the spool under a claimed event.
                with self.condition:
                    if self.closed:
                        return
                    self.running += 1
                try:
                    spooled = self.spool.claim(CLAIM_WAIT)
                    if spooled is not None:
                        runner = self.deliver(spooled, runner)
                except Exception:  # the spool failed (Redis restarting, a full disk): the events stay spooled
                    if self.closed:
                        return
                    logger.exception("the callback spool failed; this worker tries again in %.0f s", SPOOL_RETRY)
                    time.sleep(SPOOL_RETRY)  # a worker that gave up would never come back: no new event restarts it
                finally:
                    with self.condition:
                        self.running -= 1
                        self.condition.notify_all()
        finally:
            if runner is not None:
                runner.close()

    def deliver(self, spooled: SpooledEvent, runner: asyncio.Runner | None) -> asyncio.Runner | None:
        try:
            event = build_event(spooled.parameters, event_id=spooled.event_id)
        except Exception as error:  # cannot happen for what the receiver spooled; keep it, never loop on it
            self.spool.dead(spooled.event_id, f"{type(error).__name__}: {error}")
            logger.error("spooled event %s cannot be rebuilt: %s", spooled.event_id, error)
            return runner
        try:
            runner = call_on_thread(self.handler, event, runner)
        except BaseException as error:  # a worker thread must outlive any handler failure, SystemExit included
            self.failed(spooled, event, error)
        else:
            self.spool.done(spooled.event_id)
        return runner

    def failed(self, spooled: SpooledEvent, event: EventBase, error: BaseException) -> None:
        reason = f"{type(error).__name__}: {error}"
        attempt = spooled.attempts + 1
        if attempt < self.max_attempts:
            delay = min(RETRY_CAP, self.retry_base * 2 ** (attempt - 1))
            logger.warning(
                "callback handler failed on %s (attempt %d); retrying in %.1f s", describe(event), attempt, delay
            )
            self.spool.retry(spooled.event_id, delay, reason)
            return
        self.spool.dead(spooled.event_id, reason)
        if self.dead_letter is None:
            logger.error("callback %s dead after %d attempts: %s", describe(event), attempt, reason)
            return
        try:
            self.dead_letter(event, error)
        except Exception:
            logger.exception("dead-letter hook failed on %s", describe(event))

    def close(self, timeout: float | None = None) -> bool:
        """Stop taking events from the spool; wait up to `timeout` seconds for handlers running now. Events not
        handled stay pending in the spool. True when no handler was still running."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.condition:
            self.closed = True
            while self.running:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                self.condition.wait(remaining)
            still_running = self.running
        for thread in self.threads:
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()) + CLAIM_WAIT)
        counts = self.spool.counts()
        logger.info(
            "callback receiver stopped: %d pending, %d in flight, %d dead in the spool",
            counts.pending,
            counts.in_flight,
            counts.dead,
        )
        if still_running:
            logger.warning(
                "%d callback handler(s) still running at close; their events stay in the spool", still_running
            )
        self.spool.close()
        return not still_running


def spool_delivery(
    handler: Any,
    dead_letter: Any,
    spool: str | Path | Spool | None,
    *,
    workers: int,
    max_attempts: int,
    max_spool_events: int,
    shutdown_timeout: float,
) -> SpoolDelivery | None:
    """The receivers' spooled delivery, or None without a spool (they keep their in-memory queue then)."""
    if spool is None:
        return None
    return SpoolDelivery(
        handler,
        dead_letter,
        open_spool(spool, max_events=max_spool_events),
        workers=workers,
        max_attempts=max_attempts,
        shutdown_timeout=shutdown_timeout,
    )


async def _awaited(awaitable: Any) -> None:
    await awaitable
