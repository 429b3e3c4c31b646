"""The WSGI receiver, through a real wsgiref server on loopback (httpx as GetResponse) and called directly."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlencode
from wsgiref.simple_server import WSGIRequestHandler, make_server
from wsgiref.types import WSGIApplication, WSGIEnvironment
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

import httpx
import pytest

from getresponse_client.callbacks import (
    AnyCallbackEvent,
    CallbackWSGIApp,
    DeliveryAbandoned,
    OpenEvent,
    make_wsgi_app,
)
from tests.callbacks.callback_samples import sample

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
# GetResponse gives up after 4 seconds; the receiver must answer well within that.
ANSWER_BOUND = 1.0


class Recorder:
    """Collects what a handler or dead-letter hook receives, from any thread."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.condition = threading.Condition()

    def add(self, item: Any) -> None:
        with self.condition:
            self.items.append(item)
            self.condition.notify_all()

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Any]:
        with self.condition:
            assert self.condition.wait_for(lambda: len(self.items) >= count, timeout), self.items
            return list(self.items)


class QuietRequestHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # keep the test output clean
        pass


@contextmanager
def serving(app: WSGIApplication) -> Iterator[str]:
    """Serve `app` (checked by wsgiref's PEP 3333 validator) on 127.0.0.1, a free port; yields its URL."""
    server = make_server("127.0.0.1", 0, validator(app), handler_class=QuietRequestHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/callback"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def environ(
    method: str = "POST", body: bytes = b"", query: str = "", overrides: dict[str, Any] | None = None
) -> WSGIEnvironment:
    env: WSGIEnvironment = {}
    setup_testing_defaults(env)
    env.update(
        REQUEST_METHOD=method,
        QUERY_STRING=query,
        CONTENT_LENGTH=str(len(body)),
        CONTENT_TYPE=FORM["Content-Type"],
        **{"wsgi.input": io.BytesIO(body)},
    )
    env.update(overrides or {})
    return env


def call(app: CallbackWSGIApp, env: WSGIEnvironment) -> tuple[str, dict[str, str], bytes]:
    answers: list[tuple[str, dict[str, str]]] = []

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        answers.append((status, dict(headers)))

    body = b"".join(app(env, start_response))
    return answers[0][0], answers[0][1], body


def test_events_by_get_form_post_and_json_post_reach_the_handler() -> None:
    received = Recorder()
    app = make_wsgi_app(received.add)
    with serving(app) as url, httpx.Client(timeout=5) as client:
        answers = [
            client.get(url, params=sample("open")),
            client.post(url, content=urlencode(sample("click")), headers=FORM),
            client.post(url, json=sample("goal")),
        ]
        assert [(a.status_code, a.text) for a in answers] == [(200, "OK\n")] * 3
        events = received.wait_for(3)
    assert app.close(timeout=5)
    assert [event.action for event in events] == ["open", "click", "goal"]
    assert isinstance(events[0], OpenEvent)
    assert events[0].contact_name == sample("open")["contact_name"]


def test_query_parameters_of_a_post_are_kept_with_the_body() -> None:
    received = Recorder()
    app = make_wsgi_app(received.add)
    with serving(app) as url, httpx.Client(timeout=5) as client:
        answer = client.post(url, params={"token": "s3cr3t"}, content=urlencode(sample("unsubscribe")), headers=FORM)
        assert answer.status_code == 200
        (event,) = received.wait_for(1)
    app.close(timeout=5)
    assert event.extra == {"token": "s3cr3t"}


def test_slow_handler_does_not_delay_the_answer_and_still_gets_the_event() -> None:
    handled = Recorder()

    def slow(event: AnyCallbackEvent) -> None:
        if event.action == "open":
            time.sleep(4.5)  # longer than GetResponse's 4 s timeout
        handled.add(event.action)

    app = make_wsgi_app(slow)
    with serving(app) as url, httpx.Client(timeout=5) as client:
        for params in (sample("open"), sample("click")):
            started = time.monotonic()
            answer = client.get(url, params=params)
            assert answer.status_code == 200
            assert time.monotonic() - started < ANSWER_BOUND
        assert handled.items == []  # both answered while the first handler still sleeps
        assert handled.wait_for(2, timeout=10) == ["open", "click"]
    assert app.close(timeout=5)


def test_failing_handler_sends_the_event_to_the_dead_letter_hook() -> None:
    dead = Recorder()

    def failing(event: AnyCallbackEvent) -> None:
        raise RuntimeError(f"cannot store {event.contact_email}")

    app = make_wsgi_app(failing, dead_letter=lambda event, error: dead.add((event, error)))
    with serving(app) as url, httpx.Client(timeout=5) as client:
        assert client.get(url, params=sample("survey")).status_code == 200
        ((event, error),) = dead.wait_for(1)
    app.close(timeout=5)
    assert event.action == "survey"
    assert isinstance(error, RuntimeError)
    assert "friend+news@example.com" in str(error)


def test_bad_event_is_answered_400_with_its_reason_and_not_handled() -> None:
    received = Recorder()
    app = make_wsgi_app(received.add)
    with serving(app) as url, httpx.Client(timeout=5) as client:
        unknown = client.get(url, params={**sample("open"), "action": "bounce"})
        missing = client.post(url, content=b"action=open", headers=FORM)
        malformed = client.post(url, content=b"{not json", headers={"Content-Type": "application/json"})
    assert app.close(timeout=5)
    assert (unknown.status_code, unknown.text) == (400, "unknown action 'bounce'\n")
    assert unknown.headers["content-type"] == "text/plain; charset=utf-8"
    assert missing.status_code == 400
    assert "ACCOUNT_ID" in missing.text
    assert malformed.status_code == 400
    assert "invalid JSON" in malformed.text
    assert received.items == []


def test_oversized_body_is_413_and_other_methods_405() -> None:
    app = make_wsgi_app(lambda event: None, max_body_bytes=1024)
    with serving(app) as url, httpx.Client(timeout=5) as client:
        too_large = client.post(url, content=urlencode(sample("open")) + "&pad=" + "x" * 1024, headers=FORM)
        put = client.put(url, content=b"")
        head = client.head(url)
        multipart = client.post(url, files={"action": (None, "open")})
    app.close(timeout=5)
    assert too_large.status_code == 413
    assert "1024 bytes" in too_large.text
    assert (put.status_code, put.headers["allow"]) == (405, "GET, POST")
    assert head.status_code == 405
    assert multipart.status_code == 415


def test_async_handler_runs_on_the_worker_threads_loop() -> None:
    received = Recorder()

    async def handler(event: AnyCallbackEvent) -> None:
        await asyncio.sleep(0)
        received.add(event.action)

    app = make_wsgi_app(handler)
    assert call(app, environ("GET", query=urlencode(sample("open"))))[0] == "200 OK"
    assert received.wait_for(1) == ["open"]
    assert app.close(timeout=5)


def test_utf8_query_string_survives_wsgi_latin1_strings() -> None:
    received = Recorder()
    app = make_wsgi_app(received.add)
    # PEP 3333: the server gives the raw query bytes as a latin-1 decoded str.
    raw = urlencode(sample("open"), safe="@+").encode() + "&note=Zoë".encode()
    assert call(app, environ("GET", query=raw.decode("latin-1")))[0] == "200 OK"
    (event,) = received.wait_for(1)
    app.close(timeout=5)
    assert event.extra == {"note": "Zoë"}


def test_body_without_length_is_read_only_when_the_server_marks_its_end() -> None:
    received = Recorder()
    app = make_wsgi_app(received.add, max_body_bytes=4096)
    body = json.dumps(sample("goal")).encode()
    no_length: dict[str, Any] = {"CONTENT_LENGTH": "", "CONTENT_TYPE": "application/json"}
    terminated = environ(body=body, overrides={**no_length, "wsgi.input_terminated": True})
    assert call(app, terminated)[0] == "200 OK"
    unterminated = environ(body=body, overrides=no_length)
    assert call(app, unterminated)[0] == "411 Length Required"  # a chunked body this server cannot read
    endless = environ(body=b"x" * 5000, overrides={**no_length, "wsgi.input_terminated": True})
    assert call(app, endless)[0] == "413 Request Entity Too Large"
    assert [event.action for event in received.wait_for(1)] == ["goal"]
    app.close(timeout=5)


def test_close_drains_and_dead_letters_what_it_could_not_deliver(caplog: pytest.LogCaptureFixture) -> None:
    release = threading.Event()
    started = Recorder()
    dead = Recorder()

    def blocked(event: AnyCallbackEvent) -> None:
        started.add(event.action)
        release.wait(5)

    app = make_wsgi_app(blocked, dead_letter=lambda event, error: dead.add((event.action, error)))
    for action in ("open", "click", "goal"):
        assert call(app, environ("GET", query=urlencode(sample(action))))[0] == "200 OK"
    started.wait_for(1)
    with caplog.at_level(logging.WARNING, logger="getresponse_client.callbacks"):
        assert app.close(timeout=0.2) is False
    assert "1 callback handler(s) still running" in caplog.text
    assert [action for action, _ in dead.items] == ["click", "goal"]
    assert all(isinstance(error, DeliveryAbandoned) for _, error in dead.items)
    # After close, an event is answered 503 and handed to the dead-letter hook, not dropped.
    assert call(app, environ("GET", query=urlencode(sample("survey"))))[0] == "503 Service Unavailable"
    assert dead.items[-1][0] == "survey"
    release.set()


def test_full_queue_answers_503_and_dead_letters_the_event() -> None:
    release = threading.Event()
    started = Recorder()
    dead = Recorder()

    def blocked(event: AnyCallbackEvent) -> None:
        started.add(event.action)
        release.wait(5)

    app = make_wsgi_app(blocked, dead_letter=lambda event, error: dead.add(event.action), max_pending=1)
    assert call(app, environ("GET", query=urlencode(sample("open"))))[0] == "200 OK"
    started.wait_for(1)  # the worker holds "open"; "click" fills the queue
    assert call(app, environ("GET", query=urlencode(sample("click"))))[0] == "200 OK"
    assert call(app, environ("GET", query=urlencode(sample("goal"))))[0] == "503 Service Unavailable"
    assert dead.items == ["goal"]
    release.set()
    assert app.close(timeout=5)
    assert started.items == ["open", "click"]


def test_failure_without_dead_letter_or_in_it_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    def failing(event: AnyCallbackEvent) -> None:
        raise ValueError("handler broke")

    def broken_dead_letter(event: AnyCallbackEvent, error: BaseException) -> None:
        raise OSError("disk full")

    with caplog.at_level(logging.ERROR, logger="getresponse_client.callbacks"):
        for app in (make_wsgi_app(failing), make_wsgi_app(failing, dead_letter=broken_dead_letter)):
            call(app, environ("GET", query=urlencode(sample("open"))))
            assert app.close(timeout=5)
    assert "callback event not handled" in caplog.text
    assert "dead-letter hook failed" in caplog.text
    assert "handler broke" in caplog.text
    assert "disk full" in caplog.text
