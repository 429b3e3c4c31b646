"""Durable spools for callback events: an event is committed before GetResponse gets its 200, and stays until
the handler is done with it.

GetResponse sends each callback once and never repeats it, so a receiver that answers 200 and then crashes loses
the event unless it was stored first. A `Spool` stores the event's wire parameters (never the shared-secret
token) under a stable ``event_id``; workers `claim` events, and mark each `done`, `retry` (with a delay) or
`dead`. An event claimed by a process that died is handed out again: delivery is at least once, and a handler
de-duplicates by ``event.event_id``.

`SQLiteSpool` (``spool="path/to/events.db"``) is the embedded default: WAL mode with a synchronous (FULL) commit
per event, so a committed event survives a crash of the process or the machine. `open_spool` also takes
``redis://`` URLs (see `getresponse_runtime.callbacks.redis_spool`, with the ``redis`` extra installed).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final, Protocol

__all__ = [
    "DEFAULT_MAX_EVENTS",
    "SQLiteSpool",
    "Spool",
    "SpoolCounts",
    "SpoolFull",
    "SpoolLocked",
    "SpooledEvent",
    "open_spool",
    "read_sqlite_counts",
]

DEFAULT_MAX_EVENTS: Final = 1_000_000  # pending + in flight + dead: past it, the receiver answers 503


class SpoolLocked(RuntimeError):
    """Another process (or another SQLiteSpool in this one) owns the SQLite spool."""


class SpoolFull(RuntimeError):
    """The spool holds its configured maximum of undelivered events; the receiver answers 503."""


@dataclass(frozen=True)
class SpooledEvent:
    event_id: str
    parameters: Mapping[str, str]  # the event's wire parameters, as received (the token removed)
    attempts: int  # deliveries tried before this one
    last_error: str | None = None


@dataclass(frozen=True)
class SpoolCounts:
    pending: int  # waiting for a worker (including events waiting for their retry time)
    in_flight: int  # claimed by a worker that has not reported back
    done: int
    dead: int  # the handler failed on them every time; kept for `replay`


class Spool(Protocol):
    """Where a receiver keeps events between the answer and the handler."""

    def put(self, parameters: Mapping[str, str]) -> str:
        """Store an event durably and return its event_id; raises `SpoolFull` at the size limit."""
        ...

    def claim(self, timeout: float) -> SpooledEvent | None:
        """The next event due (events a crashed process left in flight first), or None after `timeout` seconds."""
        ...

    def done(self, event_id: str) -> None: ...

    def retry(self, event_id: str, delay: float, error: str) -> None:
        """Back to pending, due in `delay` seconds, with one more attempt counted."""
        ...

    def dead(self, event_id: str, error: str) -> None: ...

    def dead_events(self) -> Iterator[SpooledEvent]: ...

    def revive(self, event_id: str) -> None:
        """A dead event back to pending (``replay``)."""
        ...

    def counts(self) -> SpoolCounts: ...

    def close(self) -> None: ...


def open_spool(location: str | Path | Spool, *, max_events: int = DEFAULT_MAX_EVENTS) -> Spool:
    """A spool from a file path (SQLite), a ``redis://`` URL (Redis Streams), or a Spool as it is."""
    if not isinstance(location, str | Path):
        return location
    text = str(location)
    if text.startswith(("redis://", "rediss://", "unix://")):
        from getresponse_runtime.callbacks.redis_spool import RedisSpool

        return RedisSpool(text, max_events=max_events)
    return SQLiteSpool(Path(text), max_events=max_events)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    parameters TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'in_flight', 'done', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    due REAL NOT NULL,
    received REAL NOT NULL,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS events_due ON events (state, due, received);
CREATE TABLE IF NOT EXISTS totals (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO totals (name, value) VALUES ('done', 0);
"""


class SQLiteSpool:
    """A spool in one SQLite file (WAL, synchronous commit); one owner at a time, held by a lock on ``PATH.lock``.

    Opening it hands back to pending every event left in flight (the process that claimed it died), so those are
    delivered first; the lock keeps a second opener from taking the events of a receiver that is alive
    (`SpoolLocked`; `read_sqlite_counts` reads beside it). Done events are deleted (and counted); dead ones stay
    until revived.
    """

    def __init__(self, path: Path, *, max_events: int = DEFAULT_MAX_EVENTS) -> None:
        if max_events < 1:
            raise ValueError("max_events must be at least 1")
        self.path = path
        self.max_events = max_events
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_file = _owner_lock(path)
        # One connection shared under a lock: SQLite serializes writers anyway, and this keeps commits in order.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            self._db.execute("UPDATE events SET state = 'pending', due = 0 WHERE state = 'in_flight'")
            (self._undelivered,) = self._db.execute("SELECT COUNT(*) FROM events WHERE state != 'done'").fetchone()

    def put(self, parameters: Mapping[str, str]) -> str:
        event_id = uuid.uuid4().hex
        now = time.time()
        with self._lock:
            if self._undelivered >= self.max_events:
                raise SpoolFull(f"the spool holds {self._undelivered} undelivered events (max_events)")
            self._db.execute(
                "INSERT INTO events (event_id, parameters, state, due, received) VALUES (?, ?, 'pending', ?, ?)",
                (event_id, json.dumps(dict(parameters), ensure_ascii=False), now, now),
            )
            self._undelivered += 1
            self._wake.notify()
        return event_id

    def claim(self, timeout: float) -> SpooledEvent | None:
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                row = self._db.execute(
                    "SELECT event_id, parameters, attempts, last_error, due FROM events WHERE state = 'pending'"
                    " ORDER BY due, received LIMIT 1"
                ).fetchone()
                now = time.time()
                if row is not None and row[4] <= now:
                    self._db.execute("UPDATE events SET state = 'in_flight' WHERE event_id = ?", (row[0],))
                    return SpooledEvent(row[0], json.loads(row[1]), row[2], row[3])
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                wait = remaining if row is None else min(remaining, row[4] - now)
                self._wake.wait(max(wait, 0.001))

    def done(self, event_id: str) -> None:
        with self._lock:
            deleted = self._db.execute("DELETE FROM events WHERE event_id = ?", (event_id,)).rowcount
            self._db.execute("UPDATE totals SET value = value + ? WHERE name = 'done'", (deleted,))
            self._undelivered -= deleted

    def retry(self, event_id: str, delay: float, error: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE events SET state = 'pending', attempts = attempts + 1, due = ?, last_error = ?"
                " WHERE event_id = ?",
                (time.time() + delay, error, event_id),
            )
            self._wake.notify()

    def dead(self, event_id: str, error: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE events SET state = 'dead', attempts = attempts + 1, last_error = ? WHERE event_id = ?",
                (error, event_id),
            )

    def dead_events(self) -> Iterator[SpooledEvent]:
        with self._lock:
            rows = self._db.execute(
                "SELECT event_id, parameters, attempts, last_error FROM events WHERE state = 'dead' ORDER BY received"
            ).fetchall()
        for event_id, parameters, attempts, last_error in rows:
            yield SpooledEvent(event_id, json.loads(parameters), attempts, last_error)

    def revive(self, event_id: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE events SET state = 'pending', attempts = 0, due = 0 WHERE event_id = ? AND state = 'dead'",
                (event_id,),
            )
            self._wake.notify()

    def counts(self) -> SpoolCounts:
        with self._lock:
            found = dict(self._db.execute("SELECT state, COUNT(*) FROM events GROUP BY state").fetchall())
            (done,) = self._db.execute("SELECT value FROM totals WHERE name = 'done'").fetchone()
        return SpoolCounts(found.get("pending", 0), found.get("in_flight", 0), done, found.get("dead", 0))

    def close(self) -> None:
        with self._lock:
            self._db.close()
            if self._lock_file is not None:
                self._lock_file.close()  # releases the owner lock
                self._lock_file = None


def _owner_lock(path: Path) -> IO[bytes] | None:
    try:
        import fcntl
    except ImportError:  # not POSIX: no owner lock
        return None
    lock_path = Path(f"{path}.lock")
    handle = lock_path.open("ab")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise SpoolLocked(
            f"the spool {path} is in use by another serve or replay process (it holds {lock_path}); stop that one "
            "first, or read its counts with `stats` (read_sqlite_counts), which only reads"
        ) from None
    return handle


def read_sqlite_counts(path: Path) -> SpoolCounts:
    """The counts of an SQLite spool through a read-only connection: safe beside the receiver that owns it."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        found = dict(db.execute("SELECT state, COUNT(*) FROM events GROUP BY state").fetchall())
        row = db.execute("SELECT value FROM totals WHERE name = 'done'").fetchone()
    return SpoolCounts(
        found.get("pending", 0), found.get("in_flight", 0), 0 if row is None else row[0], found.get("dead", 0)
    )
