"""The ASGI receiver, driven directly with scope, receive and send (no server dependency)."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest

from getresponse_client.callbacks import AnyCallbackEvent, CallbackASGIApp, DeliveryAbandoned, make_asgi_app
from tests.callbacks.callback_samples import sample

Message = MutableMapping[str, Any]
FORM = "application/x-www-form-urlencoded"


@dataclass
class Response:
    status: int
    headers: dict[bytes, bytes]
    body: bytes
    messages: list[Message]


async def request(
    app: CallbackASGIApp,
    method: str = "GET",
    *,
    query: str = "",
    chunks: Sequence[bytes] = (b"",),
    content_type: str | None = FORM,
    disconnect: bool = False,
) -> Response:
    """One HTTP request: the body arrives in `chunks`; with `disconnect` the client leaves before the last one."""
    incoming: list[Message] = [
        {"type": "http.request", "body": chunk, "more_body": index < len(chunks) - 1}
        for index, chunk in enumerate(chunks)
    ]
    if disconnect:
        incoming[-1] = {"type": "http.disconnect"}
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    headers = [(b"content-type", content_type.encode())] if content_type else []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "path": "/callback",
        "query_string": query.encode(),
        "headers": headers,
    }
    await app(scope, receive, send)
    if not sent:
        return Response(0, {}, b"", sent)
    return Response(sent[0]["status"], dict(sent[0]["headers"]), b"".join(m.get("body", b"") for m in sent[1:]), sent)


def test_async_handler_runs_after_the_answer_was_sent() -> None:
    seen: list[tuple[str, int]] = []
    sent_so_far: list[Message] = []

    async def handler(event: AnyCallbackEvent) -> None:
        seen.append((event.action, len(sent_so_far)))

    async def scenario() -> None:
        app = make_asgi_app(handler)
        response = await request(app, query=urlencode(sample("open")))
        sent_so_far.extend(response.messages)
        assert (response.status, response.body) == (200, b"OK\n")
        assert seen == []  # the task starts only when the request coroutine has finished
        assert await app.aclose(timeout=5)

    asyncio.run(scenario())
    assert seen == [("open", 2)]


def test_every_encoding_reaches_the_handler() -> None:
    received: list[AnyCallbackEvent] = []

    async def handler(event: AnyCallbackEvent) -> None:
        received.append(event)

    async def scenario() -> None:
        app = make_asgi_app(handler)
        form = urlencode(sample("click")).encode()
        answers = [
            await request(app, query=urlencode(sample("subscribe"))),
            await request(app, "POST", chunks=[form[:10], form[10:]]),
            await request(app, "POST", chunks=[json.dumps(sample("goal")).encode()], content_type="application/json"),
            await request(app, "POST", query="token=t", chunks=[b""], content_type=None),  # POST with no body
            await request(app, "POST", query=urlencode(sample("survey")), chunks=[b""]),
        ]
        assert [a.status for a in answers] == [200, 200, 200, 400, 200]
        assert await app.aclose(timeout=5)

    asyncio.run(scenario())
    assert [event.action for event in received] == ["subscribe", "click", "goal", "survey"]


def test_blocked_sync_handler_does_not_delay_the_answers() -> None:
    release = threading.Event()
    handled: list[str] = []

    def blocked(event: AnyCallbackEvent) -> None:
        release.wait(5)
        handled.append(event.action)

    async def scenario() -> None:
        app = make_asgi_app(blocked)
        for action in ("open", "click"):
            assert (await request(app, query=urlencode(sample(action)))).status == 200
        assert handled == []  # answered while the handler is still blocked
        release.set()
        assert await app.aclose(timeout=5)

    asyncio.run(scenario())
    assert handled == ["open", "click"]


@pytest.mark.parametrize("kind", ["async", "sync"])
def test_failing_handler_sends_the_event_to_the_dead_letter_hook(kind: str) -> None:
    dead: list[tuple[str, BaseException]] = []

    async def failing_async(event: AnyCallbackEvent) -> None:
        raise KeyError(event.contact_id)

    def failing_sync(event: AnyCallbackEvent) -> None:
        raise KeyError(event.contact_id)

    async def scenario() -> None:
        app = make_asgi_app(
            failing_async if kind == "async" else failing_sync,
            dead_letter=lambda event, error: dead.append((event.action, error)),
        )
        assert (await request(app, query=urlencode(sample("unsubscribe")))).status == 200
        assert await app.aclose(timeout=5)

    asyncio.run(scenario())
    assert len(dead) == 1
    assert dead[0][0] == "unsubscribe"
    assert isinstance(dead[0][1], KeyError)


def test_rejections_answer_their_status_and_reach_no_handler() -> None:
    received: list[AnyCallbackEvent] = []

    async def scenario() -> list[Response]:
        app = make_asgi_app(received.append, max_body_bytes=512)
        big = urlencode(sample("open")).encode() + b"&pad=" + b"x" * 512
        answers = [
            await request(app, query="action=open"),
            await request(app, "POST", chunks=[b"{oops"], content_type="application/json"),
            await request(app, "POST", chunks=[big[:300], big[300:]]),
            await request(app, "POST", chunks=[b"--b--"], content_type="multipart/form-data; boundary=b"),
            await request(app, "DELETE"),
        ]
        assert await app.aclose(timeout=5)
        return answers

    answers = asyncio.run(scenario())
    assert [a.status for a in answers] == [400, 400, 413, 415, 405]
    assert answers[0].body.startswith(b"open event lacks required parameter(s): ACCOUNT_ID")
    assert answers[0].headers[b"content-type"] == b"text/plain; charset=utf-8"
    assert answers[4].headers[b"allow"] == b"GET, POST"
    assert received == []


def test_declared_oversized_body_is_refused_before_reading() -> None:
    async def scenario() -> Response:
        app = make_asgi_app(lambda event: None, max_body_bytes=100)
        reads = 0

        async def receive() -> Message:
            nonlocal reads
            reads += 1
            return {"type": "http.request", "body": b"", "more_body": False}

        sent: list[Message] = []

        async def send(message: Message) -> None:
            sent.append(message)

        scope = {"type": "http", "method": "POST", "query_string": b"", "headers": [(b"content-length", b"1000000")]}
        await app(scope, receive, send)
        assert reads == 0
        await app.aclose(timeout=5)
        return Response(sent[0]["status"], {}, b"", sent)

    assert asyncio.run(scenario()).status == 413


def test_client_leaving_mid_body_gets_no_answer_and_no_event() -> None:
    received: list[AnyCallbackEvent] = []

    async def scenario() -> Response:
        app = make_asgi_app(received.append)
        response = await request(app, "POST", chunks=[b"action=open&", b"rest"], disconnect=True)
        assert await app.aclose(timeout=5)
        return response

    assert asyncio.run(scenario()).messages == []
    assert received == []


def test_lifespan_shutdown_waits_then_cancels_and_dead_letters() -> None:
    dead: list[tuple[str, BaseException]] = []
    finished: list[str] = []

    async def handler(event: AnyCallbackEvent) -> None:
        await asyncio.sleep(0.05 if event.action == "open" else 60)
        finished.append(event.action)

    async def scenario() -> list[Message]:
        app = make_asgi_app(handler, dead_letter=lambda e, error: dead.append((e.action, error)), shutdown_timeout=0.5)
        lifespan_in: asyncio.Queue[Message] = asyncio.Queue()
        lifespan_out: list[Message] = []

        async def send(message: Message) -> None:
            lifespan_out.append(message)

        lifespan = asyncio.create_task(app({"type": "lifespan"}, lifespan_in.get, send))
        await lifespan_in.put({"type": "lifespan.startup"})
        for action in ("open", "click"):
            assert (await request(app, query=urlencode(sample(action)))).status == 200
        await lifespan_in.put({"type": "lifespan.shutdown"})
        await lifespan
        # Closed: a late event is answered 503 and dead-lettered rather than dropped.
        assert (await request(app, query=urlencode(sample("goal")))).status == 503
        return lifespan_out

    messages = asyncio.run(scenario())
    assert [m["type"] for m in messages] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert finished == ["open"]
    assert [action for action, _ in dead] == ["click", "goal"]
    assert all(isinstance(error, DeliveryAbandoned) for _, error in dead)


def test_other_scope_types_are_refused() -> None:
    async def scenario() -> None:
        async def receive() -> Message:
            return {}

        async def send(message: Message) -> None:
            pass

        with pytest.raises(ValueError, match="websocket"):
            await make_asgi_app(lambda event: None)({"type": "websocket"}, receive, send)

    asyncio.run(scenario())


def test_async_handlers_run_at_most_workers_at_once() -> None:
    """`workers` bounds async handlers as it bounds sync ones: a burst of events does not start a task each."""
    running = 0
    peak = 0

    async def handler(event: AnyCallbackEvent) -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1

    app = make_asgi_app(handler, workers=3)

    async def burst() -> None:
        body = urlencode(sample("open")).encode()
        for _ in range(30):
            await app.http(
                {
                    "type": "http",
                    "method": "POST",
                    "query_string": b"",
                    "headers": [(b"content-type", b"application/x-www-form-urlencoded")],
                    "path": "/",
                },
                _receive_once(body),
                _discard,
            )
        await app.aclose(5)

    asyncio.run(burst())
    assert peak == 3


def _receive_once(body: bytes) -> Any:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _discard(message: Any) -> None:
    return None
