"""GetResponse callbacks: the typed events, their parser, and minimal ASGI/WSGI receivers.

GetResponse calls the account's callback URL when a contact subscribes, unsubscribes, opens a message, clicks a
link, reaches a goal or completes a survey. `parse()` turns such a request's query string, form body or JSON body
into one of the event classes below; `make_wsgi_app()` and `make_asgi_app()` answer GetResponse at once and run a
handler afterwards.

Attributes are the snake_case of the wire names (`ACCOUNT_ID` -> `event.account_id`, `contact_email` ->
`event.contact_email`); wire names are case-sensitive, so `account_id=...` on the wire is not `ACCOUNT_ID`.
Parameters an event carries beyond its schema are kept, by wire name, in `event.extra`. A `contact_origin`
GetResponse did not document stays a plain str; documented ones are `ContactOrigin` members (a `StrEnum`, so
`event.contact_origin == "api"` holds either way). `to_parameters(event)` gives the wire parameters back.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from getresponse_runtime.callbacks._parser import MAX_PAYLOAD_BYTES, Payload, to_parameters
from getresponse_runtime.callbacks.errors import (
    CallbackError,
    ConflictingParameter,
    MalformedPayload,
    MissingParameter,
    PayloadTooLarge,
    UnknownAction,
    UnsupportedContentType,
)
from getresponse_runtime.callbacks.receiver import (
    DEFAULT_MAX_PENDING,
    DEFAULT_SHUTDOWN_TIMEOUT,
    CallbackASGIApp,
    CallbackWSGIApp,
    DeliveryAbandoned,
)
from getresponse_runtime.callbacks.spool import DEFAULT_MAX_EVENTS, Spool, SpoolCounts, SpoolFull, SQLiteSpool
from getresponse_runtime.callbacks.spooled import DEFAULT_MAX_ATTEMPTS

from getresponse_client.callbacks._models import (
    AnyCallbackEvent,
    CallbackEvent,
    ClickEvent,
    ContactOrigin,
    GoalEvent,
    OpenEvent,
    SubscribeEvent,
    SurveyEvent,
    UnsubscribeEvent,
)

Handler = Callable[[AnyCallbackEvent], object]
DeadLetter = Callable[[AnyCallbackEvent, BaseException], object]

if TYPE_CHECKING:
    # The runtime's parser and receivers work on any event class loaded (importing _models above loads these);
    # these signatures tell type checkers which events they are.
    def parse(
        payload: Payload, content_type: str | None = None, *, max_bytes: int = MAX_PAYLOAD_BYTES
    ) -> AnyCallbackEvent: ...

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
    ) -> CallbackWSGIApp: ...

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
    ) -> CallbackASGIApp: ...
else:
    from getresponse_runtime.callbacks._parser import parse
    from getresponse_runtime.callbacks.receiver import make_asgi_app, make_wsgi_app

__all__ = [
    "MAX_PAYLOAD_BYTES",
    "AnyCallbackEvent",
    "CallbackASGIApp",
    "CallbackError",
    "CallbackEvent",
    "CallbackWSGIApp",
    "ClickEvent",
    "ConflictingParameter",
    "ContactOrigin",
    "DeadLetter",
    "DeliveryAbandoned",
    "GoalEvent",
    "Handler",
    "MalformedPayload",
    "MissingParameter",
    "OpenEvent",
    "SQLiteSpool",
    "Spool",
    "SpoolCounts",
    "SpoolFull",
    "PayloadTooLarge",
    "SubscribeEvent",
    "SurveyEvent",
    "UnknownAction",
    "UnsubscribeEvent",
    "UnsupportedContentType",
    "make_asgi_app",
    "make_wsgi_app",
    "parse",
    "to_parameters",
]
