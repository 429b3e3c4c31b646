"""Why a callback request could not be turned into an event."""

from __future__ import annotations

# Reasons quote received text; a short excerpt names the problem without echoing a huge payload back.
EXCERPT_LENGTH = 60


def excerpt(text: str) -> str:
    shown = text if len(text) <= EXCERPT_LENGTH else text[:EXCERPT_LENGTH] + "…"
    return repr(shown)


class CallbackError(ValueError):
    """Base class: the payload is not a callback event; `str(error)` is a short reason fit for a 400 answer."""


class MalformedPayload(CallbackError):
    """The payload is not a well-formed query string, form body or JSON object of string parameters."""


class ConflictingParameter(MalformedPayload):
    """A parameter is repeated with different values, so no single value can be chosen."""

    def __init__(self, name: str) -> None:
        super().__init__(f"parameter {excerpt(name)} is repeated with different values")
        self.name = name


class UnsupportedContentType(MalformedPayload):
    """The body's content type is one the parser cannot read (e.g. multipart/form-data)."""

    def __init__(self, content_type: str) -> None:
        super().__init__(f"content type {excerpt(content_type)} is not supported; send a query string, form or JSON")
        self.content_type = content_type


class PayloadTooLarge(CallbackError):
    """The payload is larger than the accepted maximum."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"payload exceeds the limit of {limit} bytes")
        self.limit = limit


class LengthRequired(CallbackError):
    """A POST without Content-Length that the WSGI server does not de-chunk (answered 411)."""

    def __init__(self) -> None:
        super().__init__("a POST body needs a Content-Length header (this server does not read chunked bodies)")


class UnknownAction(CallbackError):
    """The `action` parameter names no known callback event (names are case-sensitive)."""

    def __init__(self, action: str) -> None:
        super().__init__(f"unknown action {excerpt(action)}")
        self.action = action


class MissingParameter(CallbackError):
    """Parameters the event's action requires are absent; `names` lists their wire names."""

    def __init__(self, names: tuple[str, ...], action: str | None = None) -> None:
        listed = ", ".join(names)
        subject = f"{action} event" if action else "event"
        super().__init__(f"{subject} lacks required parameter(s): {listed}")
        self.names = names
        self.action = action
