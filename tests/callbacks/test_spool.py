"""The SQLite spool and the spooled, token-checked receivers, in process (the serve command has its own tests)."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest

from getresponse_client.callbacks import AnyCallbackEvent, OpenEvent, SpoolFull, SQLiteSpool, make_wsgi_app
from getresponse_runtime.callbacks.receiver import CallbackWSGIApp
from getresponse_runtime.callbacks.spool import SpoolLocked, read_sqlite_counts
from tests.callbacks.callback_samples import sample

TOKEN = "s3cret-t0ken"


def open_parameters(email: str = "a@example.com") -> dict[str, str]:
    return {k: str(v) for k, v in sample("open").items()} | {"contact_email": email}


def wait_for(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)


def call(app: CallbackWSGIApp, parameters: dict[str, str], *, path: str = "/hook", query: str = "") -> str:
    environ: dict[str, Any] = {}
    setup_testing_defaults(environ)
    body = urlencode(parameters).encode()
    environ.update(
        REQUEST_METHOD="POST",
        PATH_INFO=path,
        QUERY_STRING=query,
        CONTENT_TYPE="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(len(body)),
    )
    environ["wsgi.input"] = io.BytesIO(body)
    status: list[str] = []
    app(environ, lambda line, headers: status.append(line))  # type: ignore[arg-type]
    return status[0]


def test_the_sqlite_spool_contract(tmp_path: Path) -> None:
    spool = SQLiteSpool(tmp_path / "events.db", max_events=3)
    first = spool.put({"action": "open", "n": "1"})
    second = spool.put({"action": "open", "n": "2"})
    claimed = spool.claim(1)
    assert claimed is not None and claimed.event_id == first and claimed.parameters == {"action": "open", "n": "1"}
    spool.retry(first, 0.3, "boom")
    again = spool.claim(1)
    assert again is not None and again.event_id == second  # the retried one is not due yet
    spool.done(second)
    started = time.monotonic()
    retried = spool.claim(2)
    assert retried is not None and retried.event_id == first and retried.attempts == 1
    assert time.monotonic() - started > 0.1
    spool.dead(first, "boom again")
    assert spool.claim(0.05) is None
    assert [e.event_id for e in spool.dead_events()] == [first]
    counts = spool.counts()
    assert (counts.pending, counts.in_flight, counts.done, counts.dead) == (0, 0, 1, 1)
    spool.put({"n": "3"})
    spool.put({"n": "4"})
    with pytest.raises(SpoolFull):  # 3 undelivered: the dead one counts until it is revived and done
        spool.put({"n": "5"})
    spool.revive(first)
    assert spool.counts().pending == 3
    spool.close()


def test_events_left_in_flight_by_a_crash_come_first_on_reopen(tmp_path: Path) -> None:
    spool = SQLiteSpool(tmp_path / "events.db")
    crashed = spool.put({"n": "1"})
    spool.put({"n": "2"})
    assert spool.claim(1) is not None  # claimed, never reported back: the process "dies"
    spool.close()
    reopened = SQLiteSpool(tmp_path / "events.db")
    first = reopened.claim(1)
    assert first is not None and first.event_id == crashed
    assert reopened.counts().pending == 1
    reopened.close()


@pytest.fixture
def handled() -> Iterator[list[AnyCallbackEvent]]:
    yield []


def test_a_spooled_receiver_commits_before_answering_and_delivers_with_an_event_id(
    tmp_path: Path, handled: list[AnyCallbackEvent]
) -> None:
    release = threading.Event()

    def handler(event: AnyCallbackEvent) -> None:
        release.wait(5)
        handled.append(event)

    app = make_wsgi_app(handler, spool=tmp_path / "events.db", token=TOKEN)
    assert call(app, open_parameters("one@example.com"), path=f"/hook/{TOKEN}") == "200 OK"
    assert call(app, open_parameters("two@example.com"), query=urlencode({"token": TOKEN})) == "200 OK"
    counts = read_sqlite_counts(tmp_path / "events.db")  # a reader beside the owner sees both committed already
    assert counts.pending + counts.in_flight == 2
    with pytest.raises(SpoolLocked, match="in use"):  # a second owner would take the running one's events
        SQLiteSpool(tmp_path / "events.db")
    release.set()
    wait_for(lambda: len(handled) == 2)
    assert [e.contact_email for e in handled] == ["one@example.com", "two@example.com"]
    assert all(isinstance(e, OpenEvent) and e.event_id for e in handled)
    assert all("token" not in e.extra for e in handled)
    assert app.close(5)
    assert TOKEN.encode() not in (tmp_path / "events.db").read_bytes()


def test_a_wrong_or_missing_token_is_401_and_nothing_is_kept(tmp_path: Path, handled: list[AnyCallbackEvent]) -> None:
    app = make_wsgi_app(handled.append, spool=tmp_path / "events.db", token=TOKEN)
    assert call(app, open_parameters()).startswith("401")
    assert call(app, open_parameters(), query="token=nope").startswith("401")
    assert call(app, open_parameters(), path="/hook/nope").startswith("401")
    assert call(app, {"action": "garbage"}, query="token=nope").startswith("401")  # checked before parsing
    app.close(5)
    spool = SQLiteSpool(tmp_path / "events.db")
    assert spool.counts().pending == 0 and handled == []
    spool.close()


def test_a_failing_handler_is_retried_then_dead_lettered_once(tmp_path: Path) -> None:
    attempts: list[str | None] = []
    dead: list[tuple[AnyCallbackEvent, BaseException]] = []

    def handler(event: AnyCallbackEvent) -> None:
        attempts.append(event.event_id)
        raise RuntimeError("handler down")

    app = make_wsgi_app(
        handler, dead_letter=lambda e, error: dead.append((e, error)), spool=tmp_path / "events.db", max_attempts=3
    )
    app.spooled.retry_base = 0.01  # type: ignore[union-attr]
    assert call(app, open_parameters()) == "200 OK"
    wait_for(lambda: len(dead) == 1)
    assert len(attempts) == 3 and len(set(attempts)) == 1  # the same event_id each time
    assert isinstance(dead[0][1], RuntimeError)
    app.close(5)
    spool = SQLiteSpool(tmp_path / "events.db")
    (kept,) = spool.dead_events()
    assert kept.event_id == attempts[0] and kept.last_error == "RuntimeError: handler down"
    spool.close()


def test_a_full_spool_answers_503(tmp_path: Path) -> None:
    blocker = threading.Event()
    app = make_wsgi_app(lambda event: blocker.wait(5), spool=tmp_path / "events.db", max_spool_events=2)
    statuses = [call(app, open_parameters(f"{n}@example.com")) for n in range(3)]
    assert statuses == ["200 OK", "200 OK", "503 Service Unavailable"]
    blocker.set()
    app.close(5)


def test_closing_leaves_unhandled_events_pending_never_drops_them(tmp_path: Path) -> None:
    started = threading.Event()

    def slow(event: AnyCallbackEvent) -> None:
        started.set()
        time.sleep(0.3)

    app = make_wsgi_app(slow, spool=tmp_path / "events.db")
    for n in range(5):
        assert call(app, open_parameters(f"{n}@example.com")) == "200 OK"
    started.wait(5)
    app.close(1)
    spool = SQLiteSpool(tmp_path / "events.db")
    counts = spool.counts()
    assert counts.done >= 1 and counts.pending + counts.done == 5 and counts.in_flight == 0
    spool.close()


def test_a_token_must_be_usable_as_a_url_segment() -> None:
    with pytest.raises(ValueError, match="token"):
        make_wsgi_app(print, token="a/b")
    with pytest.raises(ValueError, match="token"):
        make_wsgi_app(print, token=" ")


def test_a_worker_outlives_a_failing_spool(tmp_path: Path, handled: list[AnyCallbackEvent]) -> None:
    """A spool that fails for a while (Redis restarting) delays delivery; it does not stop the workers for good."""
    spool = SQLiteSpool(tmp_path / "events.db")
    real_claim = spool.claim
    failures = [2]

    def claim(timeout: float) -> Any:
        if failures[0]:
            failures[0] -= 1
            raise ConnectionError("spool unreachable")
        return real_claim(timeout)

    spool.claim = claim  # type: ignore[method-assign]
    app = make_wsgi_app(handled.append, spool=spool)
    assert call(app, open_parameters()) == "200 OK"
    wait_for(lambda: len(handled) == 1, timeout=10)
    assert failures == [0]
    app.close(5)
