"""A `Spool` on Redis Streams, so that several receiver processes behind a load balancer share one queue.

``open_spool("redis://host:6379/0")`` (or ``rediss://``, ``unix://``) opens one; it needs the ``redis`` extra
(``pip install 'getresponse-client[redis]'``) and Redis 7.0 or newer.

How events move (all keys share the hash tag ``{name}``, so a Redis Cluster keeps them on one node):

- ``{name}:event:<event_id>`` (a hash) holds the event: its wire parameters as JSON, attempts, last_error, when
  it was received, and the id of its current stream entry. The event_id (uuid4 hex) never changes.
- ``put`` adds the hash and an entry of ``{name}:stream`` (``XADD``, fields ``event_id``) in one script; it
  returns once Redis acknowledged it. How durable that is is the server's: run Redis with ``appendonly yes``
  (``appendfsync always`` to survive a power loss, not only a crash of Redis).
- Each `RedisSpool` is a consumer (a unique name) of the group ``receivers``. ``claim`` first moves retries that
  are due back into the stream, then takes over entries another consumer has held for longer than
  ``visibility_timeout`` (``XAUTOCLAIM``: that consumer died), then reads a new entry (``XREADGROUP``, blocking
  in slices up to `timeout`).
- While an event is claimed, a thread of the spool renews its lease every ``visibility_timeout / 4``
  (``XCLAIM ... JUSTID`` by its owner), so a slow handler is not mistaken for a dead one; the visibility timeout
  is how long an event of a crashed process waits before another process takes it.
- ``done`` acknowledges and deletes the entry (``XACK``, ``XDEL``), deletes the hash and counts it;
  ``retry`` acknowledges and deletes the entry and schedules the event in ``{name}:delayed`` (a sorted set by
  due time, Redis's clock); ``dead`` keeps it in ``{name}:dead`` (a sorted set by received time), ``revive``
  adds a new stream entry for it.
- ``max_events`` bounds the entries in the stream (not yet acknowledged) + delayed + dead.

Delivery is at least once: a process that stalls longer than the visibility timeout (its lease not renewed) can
see its event handed to another, and both report; the handler de-duplicates by ``event.event_id``.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
import uuid
import weakref
from collections.abc import Iterator, Mapping
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis
from redis.exceptions import ResponseError

from getresponse_runtime.callbacks.spool import DEFAULT_MAX_EVENTS, SpoolCounts, SpooledEvent, SpoolFull

__all__ = ["DEFAULT_NAME", "DEFAULT_VISIBILITY_TIMEOUT", "GROUP", "RedisSpool"]

DEFAULT_NAME: Final = "getresponse:callbacks"
DEFAULT_VISIBILITY_TIMEOUT: Final = 30.0  # seconds a claimed event of a silent consumer waits before another takes it
GROUP: Final = "receivers"
POLL_INTERVAL: Final = 1.0  # longest single blocking read: due retries and idle entries are looked at this often
RECLAIM_ROUNDS: Final = 10  # XAUTOCLAIM calls per claim (each scans up to 10 pending entries)
PROMOTE_BATCH: Final = 100  # due retries moved back into the stream per claim
STALE_CONSUMER: Final = 3600_000  # ms: consumers idle this long with nothing pending are removed from the group

logger = logging.getLogger("getresponse_client.callbacks")

_COMMON = """
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function drop_entry(stream, group, entry)
  redis.call('XACK', stream, group, entry)
  redis.call('XDEL', stream, entry)
end
-- An entry just delivered to this consumer: the event it stands for, or nil (and the entry is dropped) when the
-- event is gone or has moved on to another entry.
local function take(stream, group, prefix, entry, fields)
  local id = nil
  if fields then
    for i = 1, #fields, 2 do
      if fields[i] == 'event_id' then id = fields[i + 1] end
    end
  end
  if id then
    local row = redis.call('HMGET', prefix .. id, 'entry', 'parameters', 'attempts', 'last_error')
    if row[1] == entry then return {entry, id, row[2], row[3], row[4]} end
  end
  drop_entry(stream, group, entry)
  return nil
end
"""

# KEYS: stream, delayed, dead, event. ARGV: max_events, event_id, parameters.
_PUT = (
    _COMMON
    + """
local held = redis.call('XLEN', KEYS[1]) + redis.call('ZCARD', KEYS[2]) + redis.call('ZCARD', KEYS[3])
if held >= tonumber(ARGV[1]) then return {0, held} end
local entry = redis.call('XADD', KEYS[1], '*', 'event_id', ARGV[2])
redis.call('HSET', KEYS[4], 'parameters', ARGV[3], 'attempts', 0, 'received', now_ms(), 'entry', entry)
return {1, entry}
"""
)

# KEYS: stream, delayed. ARGV: group, consumer, min_idle_ms, cursor, event key prefix, reclaim rounds, batch.
# Returns {cursor, ms until the next retry is due (-1: none), entry, event_id, parameters, attempts, last_error}.
_CLAIM = (
    _COMMON
    + """
local stream, delayed, group, consumer, prefix = KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[5]
local now = now_ms()
for _, id in ipairs(redis.call('ZRANGEBYSCORE', delayed, '-inf', now, 'LIMIT', 0, tonumber(ARGV[7]))) do
  redis.call('ZREM', delayed, id)
  if redis.call('EXISTS', prefix .. id) == 1 then
    redis.call('HSET', prefix .. id, 'entry', redis.call('XADD', stream, '*', 'event_id', id))
  end
end
local function next_due()
  local first = redis.call('ZRANGE', delayed, 0, 0, 'WITHSCORES')
  if first[2] then return math.max(tonumber(first[2]) - now, 0) end
  return -1
end
local cursor = ARGV[4]
for _ = 1, tonumber(ARGV[6]) do
  local reply = redis.call('XAUTOCLAIM', stream, group, consumer, ARGV[3], cursor, 'COUNT', 1)
  cursor = reply[1]
  for _, item in ipairs(reply[2]) do
    local found = take(stream, group, prefix, item[1], item[2])
    if found then return {cursor, next_due(), unpack(found)} end
  end
  if cursor == '0-0' then break end
end
local reply = redis.call('XREADGROUP', 'GROUP', group, consumer, 'COUNT', 1, 'STREAMS', stream, '>')
if reply then
  for _, item in ipairs(reply[1][2]) do
    local found = take(stream, group, prefix, item[1], item[2])
    if found then return {cursor, next_due(), unpack(found)} end
  end
end
return {cursor, next_due(), false}
"""
)

# KEYS: stream. ARGV: group, event key prefix, entry, event_id. An entry a blocking XREADGROUP delivered.
_LOAD = (
    _COMMON
    + """
local found = take(KEYS[1], ARGV[1], ARGV[2], ARGV[3], {'event_id', ARGV[4]})
if found then return found end
return false
"""
)

# KEYS: stream, delayed, dead, done, event. ARGV: group, event_id.
_DONE = (
    _COMMON
    + """
if redis.call('EXISTS', KEYS[5]) == 0 then return 0 end
local entry = redis.call('HGET', KEYS[5], 'entry')
if entry then drop_entry(KEYS[1], ARGV[1], entry) end
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('ZREM', KEYS[3], ARGV[2])
redis.call('DEL', KEYS[5])
redis.call('INCR', KEYS[4])
return 1
"""
)

# KEYS: stream, delayed, dead, event. ARGV: group, event_id, delay_ms, error.
_RETRY = (
    _COMMON
    + """
if redis.call('EXISTS', KEYS[4]) == 0 then return 0 end
local entry = redis.call('HGET', KEYS[4], 'entry')
if entry then
  drop_entry(KEYS[1], ARGV[1], entry)
  redis.call('HDEL', KEYS[4], 'entry')
end
redis.call('HINCRBY', KEYS[4], 'attempts', 1)
redis.call('HSET', KEYS[4], 'last_error', ARGV[4])
redis.call('ZREM', KEYS[3], ARGV[2])
redis.call('ZADD', KEYS[2], now_ms() + tonumber(ARGV[3]), ARGV[2])
return 1
"""
)

# KEYS: stream, delayed, dead, event. ARGV: group, event_id, error.
_DEAD = (
    _COMMON
    + """
if redis.call('EXISTS', KEYS[4]) == 0 then return 0 end
local entry = redis.call('HGET', KEYS[4], 'entry')
if entry then
  drop_entry(KEYS[1], ARGV[1], entry)
  redis.call('HDEL', KEYS[4], 'entry')
end
redis.call('HINCRBY', KEYS[4], 'attempts', 1)
redis.call('HSET', KEYS[4], 'last_error', ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('ZADD', KEYS[3], tonumber(redis.call('HGET', KEYS[4], 'received')) or 0, ARGV[2])
return 1
"""
)

# KEYS: stream, dead, event. ARGV: event_id.
_REVIVE = """
if redis.call('ZREM', KEYS[2], ARGV[1]) == 0 or redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
redis.call('HSET', KEYS[3], 'attempts', 0, 'entry', redis.call('XADD', KEYS[1], '*', 'event_id', ARGV[1]))
return 1
"""

# KEYS: stream, delayed, dead, done. ARGV: group. Returns {pending, in_flight, done, dead}.
_COUNTS = """
local length = redis.call('XLEN', KEYS[1])
local in_flight = 0
local summary = redis.pcall('XPENDING', KEYS[1], ARGV[1])
if type(summary) == 'table' and summary.err == nil then in_flight = summary[1] end
local done = tonumber(redis.call('GET', KEYS[4])) or 0
return {length - in_flight + redis.call('ZCARD', KEYS[2]), in_flight, done, redis.call('ZCARD', KEYS[3])}
"""

# KEYS: stream. ARGV: group, consumer, entry ids. Resets the idle time of the entries this consumer still owns.
_RENEW = """
local renewed = 0
for i = 3, #ARGV do
  local owned = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1, ARGV[2])
  if owned[1] then
    redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'JUSTID')
    renewed = renewed + 1
  end
end
return renewed
"""

# KEYS: stream. ARGV: group, consumer (or ''), stale ms. Removes consumers that hold nothing: this one at close,
# and those of processes that went away long ago (their entries were reclaimed by others).
_FORGET = """
local removed = 0
for _, info in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
  local consumer = {}
  for i = 1, #info, 2 do consumer[info[i]] = info[i + 1] end
  if consumer['pending'] == 0 and (consumer['name'] == ARGV[2] or consumer['idle'] > tonumber(ARGV[3])) then
    redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], consumer['name'])
    removed = removed + 1
  end
end
return removed
"""


def _split_url(url: str) -> tuple[str, dict[str, str]]:
    """The URL for redis-py, and this spool's own query parameters (``name``, ``visibility_timeout``)."""
    parts = urlsplit(url)
    ours: dict[str, str] = {}
    theirs: list[tuple[str, str]] = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key in ("name", "visibility_timeout"):
            ours[key] = value
        elif key != "decode_responses":  # the spool reads text; the URL's options would win over its own
            theirs.append((key, value))
    return urlunsplit(parts._replace(query=urlencode(theirs))), ours


class RedisSpool:
    """A spool shared by every process that opens the same Redis and `name`; see the module docstring.

    ``redis://host:6379/0?name=NAME&visibility_timeout=SECONDS``: the two query parameters are this spool's (the
    keyword arguments win over them); the rest of the URL is redis-py's (``Redis.from_url``). Safe to share
    between threads; after a fork the child is a consumer of its own.
    """

    def __init__(
        self,
        url: str,
        *,
        max_events: int = DEFAULT_MAX_EVENTS,
        name: str | None = None,
        visibility_timeout: float | None = None,
        poll_interval: float = POLL_INTERVAL,
    ) -> None:
        if max_events < 1:
            raise ValueError("max_events must be at least 1")
        redis_url, options = _split_url(url)
        self.max_events = max_events
        self.name = name or options.get("name") or DEFAULT_NAME
        self.visibility_timeout = (
            visibility_timeout
            if visibility_timeout is not None
            else float(options.get("visibility_timeout", DEFAULT_VISIBILITY_TIMEOUT))
        )
        if self.visibility_timeout <= 0 or poll_interval <= 0:
            raise ValueError("visibility_timeout and poll_interval must be positive")
        self.poll_interval = min(poll_interval, self.visibility_timeout / 2)
        if not self.name or "{" in self.name or "}" in self.name:
            raise ValueError("name must be non-empty, without braces (it is the keys' hash tag)")
        tag = "{" + self.name + "}"
        self.stream_key = f"{tag}:stream"
        self.delayed_key = f"{tag}:delayed"
        self.dead_key = f"{tag}:dead"
        self.done_key = f"{tag}:done"
        self.event_prefix = f"{tag}:event:"
        self._redis = redis.Redis.from_url(redis_url, decode_responses=True)
        self._scripts = {
            script: self._redis.register_script(text)
            for script, text in (
                ("put", _PUT),
                ("claim", _CLAIM),
                ("load", _LOAD),
                ("done", _DONE),
                ("retry", _RETRY),
                ("dead", _DEAD),
                ("revive", _REVIVE),
                ("counts", _COUNTS),
                ("renew", _RENEW),
                ("forget", _FORGET),
            )
        }
        self._closed = False
        self._start_consumer()
        # After a fork the child is a consumer of its own: the parent's name, claims and renewing thread stay the
        # parent's (redis-py reconnects by itself).
        child = weakref.WeakMethod(self._start_consumer)
        os.register_at_fork(after_in_child=lambda: (start := child()) is not None and start())
        self._ensure_group()
        self._scripts["forget"](keys=[self.stream_key], args=[GROUP, "", STALE_CONSUMER])

    def _start_consumer(self) -> None:
        self.consumer = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self._lock = threading.Lock()
        self._claimed: dict[str, str] = {}  # event_id -> stream entry, of the events this consumer holds
        self._cursor = "0-0"
        self._stop_renewing = threading.Event()
        self._renewer: threading.Thread | None = None

    def _ensure_group(self) -> None:
        try:
            self._redis.xgroup_create(self.stream_key, GROUP, id="0", mkstream=True)
        except ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise

    def _event_key(self, event_id: str) -> str:
        return self.event_prefix + event_id

    def put(self, parameters: Mapping[str, str]) -> str:
        event_id = uuid.uuid4().hex
        stored, held = self._scripts["put"](
            keys=[self.stream_key, self.delayed_key, self.dead_key, self._event_key(event_id)],
            args=[self.max_events, event_id, json.dumps(dict(parameters), ensure_ascii=False)],
        )
        if not stored:
            raise SpoolFull(f"the spool holds {held} undelivered events (max_events)")
        return event_id

    def claim(self, timeout: float) -> SpooledEvent | None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                spooled, due_in = self._claim_now()
            except ResponseError as error:
                if "NOGROUP" not in str(error):
                    raise
                self._ensure_group()  # the stream was deleted under us (FLUSHDB): start over with an empty one
                continue
            if spooled is not None:
                return spooled
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            wait = min(remaining, self.poll_interval, due_in if due_in >= 0 else remaining)
            spooled = self._read_new(wait)
            if spooled is not None:
                return spooled

    def _claim_now(self) -> tuple[SpooledEvent | None, float]:
        """Due retries into the stream, then an idle entry of a silent consumer, else a new entry; no waiting."""
        reply = self._scripts["claim"](
            keys=[self.stream_key, self.delayed_key],
            args=[
                GROUP,
                self.consumer,
                int(self.visibility_timeout * 1000),
                self._cursor,
                self.event_prefix,
                RECLAIM_ROUNDS,
                PROMOTE_BATCH,
            ],
        )
        self._cursor = reply[0]
        due_in = int(reply[1]) / 1000 if int(reply[1]) >= 0 else -1.0
        return (self._claimed_event(reply[2:]) if reply[2] else None), due_in

    def _read_new(self, wait: float) -> SpooledEvent | None:
        """Block up to `wait` seconds for a new entry."""
        reply: Any = self._redis.xreadgroup(
            GROUP, self.consumer, {self.stream_key: ">"}, count=1, block=max(1, int(wait * 1000))
        )
        streams = list(reply.values()) if isinstance(reply, dict) else [entries for _, entries in reply or []]
        for entries in streams:
            for entry, fields in entries:
                found = self._scripts["load"](
                    keys=[self.stream_key], args=[GROUP, self.event_prefix, entry, fields.get("event_id", "")]
                )
                if found:
                    return self._claimed_event(found)
        return None

    def _claimed_event(self, row: list[Any]) -> SpooledEvent:
        entry, event_id, parameters, attempts, last_error = row[:5]
        with self._lock:
            self._claimed[event_id] = entry
            if self._renewer is None or not self._renewer.is_alive():
                self._stop_renewing.clear()
                self._renewer = threading.Thread(target=self._renew, name="getresponse-callbacks-lease", daemon=True)
                self._renewer.start()
        return SpooledEvent(event_id, json.loads(parameters), int(attempts), last_error or None)

    def _renew(self) -> None:
        """Keeps the leases of the events this consumer holds (their idle time stays under the visibility timeout)."""
        while not self._stop_renewing.wait(self.visibility_timeout / 4):
            with self._lock:
                entries = list(self._claimed.values())
            if not entries:
                continue
            try:
                self._scripts["renew"](keys=[self.stream_key], args=[GROUP, self.consumer, *entries])
            except Exception:  # Redis unreachable a moment: the next round tries again
                if not self._closed:
                    logger.warning("could not renew the leases of %d claimed callback events", len(entries))

    def _released(self, event_id: str) -> None:
        with self._lock:
            self._claimed.pop(event_id, None)

    def done(self, event_id: str) -> None:
        self._released(event_id)
        self._scripts["done"](
            keys=[self.stream_key, self.delayed_key, self.dead_key, self.done_key, self._event_key(event_id)],
            args=[GROUP, event_id],
        )

    def retry(self, event_id: str, delay: float, error: str) -> None:
        self._released(event_id)
        self._scripts["retry"](
            keys=[self.stream_key, self.delayed_key, self.dead_key, self._event_key(event_id)],
            args=[GROUP, event_id, max(0, int(delay * 1000)), error],
        )

    def dead(self, event_id: str, error: str) -> None:
        self._released(event_id)
        self._scripts["dead"](
            keys=[self.stream_key, self.delayed_key, self.dead_key, self._event_key(event_id)],
            args=[GROUP, event_id, error],
        )

    def dead_events(self) -> Iterator[SpooledEvent]:
        event_ids = [str(event_id) for event_id in self._redis.zrange(self.dead_key, 0, -1)]
        for start in range(0, len(event_ids), 100):
            batch = event_ids[start : start + 100]
            with self._redis.pipeline(transaction=False) as pipe:
                for event_id in batch:
                    pipe.hmget(self._event_key(event_id), ["parameters", "attempts", "last_error"])
                rows: list[list[str | None]] = pipe.execute()
            for event_id, (parameters, attempts, last_error) in zip(batch, rows, strict=True):
                if parameters is not None:  # revived or done since the listing
                    yield SpooledEvent(event_id, json.loads(parameters), int(attempts or 0), last_error)

    def revive(self, event_id: str) -> None:
        self._scripts["revive"](keys=[self.stream_key, self.dead_key, self._event_key(event_id)], args=[event_id])

    def counts(self) -> SpoolCounts:
        pending, in_flight, done, dead = self._scripts["counts"](
            keys=[self.stream_key, self.delayed_key, self.dead_key, self.done_key], args=[GROUP]
        )
        return SpoolCounts(int(pending), int(in_flight), int(done), int(dead))

    def close(self) -> None:
        """Stop renewing leases and disconnect. Events still claimed stay in flight: another consumer takes them
        after the visibility timeout. A consumer that holds nothing leaves the group."""
        if self._closed:
            return
        self._closed = True
        self._stop_renewing.set()
        try:
            self._scripts["forget"](keys=[self.stream_key], args=[GROUP, self.consumer, STALE_CONSUMER])
        except Exception:  # Redis gone: the consumer is removed as stale by a later spool
            logger.debug("could not remove callback spool consumer %s", self.consumer, exc_info=True)
        finally:
            self._redis.close()
