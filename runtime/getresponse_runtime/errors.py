"""Every exception the client raises, and the mapping of an error response to its class.

All exceptions derive from `GetResponseError`, so one ``except GetResponseError`` catches anything the client
raises on purpose. The families below it:

* `ConfigurationError` — the client was set up wrongly (raised at construction, before any request).
* `APIError` — GetResponse (or something in front of it) answered with a non-2xx status. The subclass is chosen by
  the GetResponse error ``code`` in the body when it is one we know, otherwise by the HTTP status:

  ===========  ======  =================================
  code         status  class
  ===========  ======  =================================
  1000         400     `ValidationError`
  1001         400     `RelatedResourceNotFoundError`
  1002         400     `ForbiddenStateError`
  1008         409     `ConflictError`
  1013         404     `NotFoundError`
  1014         401/403 `AuthenticationError`
  1015         429     `RateLimitError`
  (other)      400     `BadRequestError`
  (other)      401     `AuthenticationError`
  (other)      403     `PermissionDeniedError`
  (other)      404     `NotFoundError`
  (other)      409     `ConflictError`
  (any)        429     `RateLimitError`
  (any)        5xx     `ServerError` (1015 excepted)
  (other)      other   `APIError`
  ===========  ======  =================================

  `ValidationError`, `RelatedResourceNotFoundError` and `ForbiddenStateError` are subclasses of `BadRequestError`,
  so ``except BadRequestError`` still catches every 400 answer.
* `APIConnectionError` — no usable answer arrived (connection refused, DNS failure, connection reset, protocol
  error); `APITimeoutError` is the timeout case of it.
* `ResponseDecodeError` — a 2xx answer whose body could not be decoded as the JSON it should be;
  `ResponseValidationError` is the case of JSON that does not fit the documented model (it carries the parsed
  ``body`` as well as ``raw_body``), and `ResponseTooLargeError` the case of a body over ``max_response_size``.
* `NoNextPageError` — `next_page()` was called on the last page.
* `PaginationError` — a walk over pages met a server that repeats itself (`RepeatedPageError`) or, with
  ``strict=True``, a collection that changed during the walk (`PaginationDriftError`; without ``strict`` the walk
  warns with `PaginationDriftWarning` instead).
* `EventLoopMismatchError` — an async client used from an event loop other than the one it first ran on.

Secrets: an error's ``str()`` never contains request headers. Note that GetResponse may echo a rejected token in the
``context`` of a 1014 error, so ``raw_body`` and ``context`` of an `AuthenticationError` should not be logged blindly;
``str()`` leaves ``context`` out for every class but `ValidationError`.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
import re
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "EventLoopMismatchError",
    "ForbiddenStateError",
    "GetResponseError",
    "NoNextPageError",
    "NotFoundError",
    "PaginationDriftError",
    "PaginationDriftWarning",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RelatedResourceNotFoundError",
    "RepeatedPageError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "ValidationError",
    "error_from_response",
    "parse_seconds",
]

# How much of a body that is not a GetResponse error document is quoted in the message.
_EXCERPT_LENGTH = 200
# How much of a validation error's context is quoted in str().
_CONTEXT_LENGTH = 500


class GetResponseError(Exception):
    """Base class of every exception raised by the GetResponse client."""


def _rebuild(cls: type[_KeywordError], message: str, kwargs: dict[str, Any]) -> _KeywordError:
    return cls(message, **kwargs)


class _KeywordError(GetResponseError):
    """An error built as ``cls(message, **keywords)``; pickles (e.g. across processes) with its keywords."""

    message: str

    def _keywords(self) -> dict[str, Any]:
        raise NotImplementedError

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self._keywords()))


class ConfigurationError(GetResponseError, ValueError):
    """The client configuration is invalid or incomplete (raised when the client is built)."""


class ClientClosedError(GetResponseError, RuntimeError):
    """A request on a client that was closed (``close()``, or leaving its ``with`` block)."""


class NoNextPageError(GetResponseError, LookupError):
    """`next_page()` was called on a page that has no next page (check `has_next_page()` first)."""


class EventLoopMismatchError(GetResponseError, RuntimeError):
    """An async client was used from an event loop other than the one its connections belong to.

    httpx's async connections are bound to the loop that opened them; make one client per event loop (for
    example one per ``asyncio.run``), or close the client before the loop ends and make a new one.
    """


class PaginationError(GetResponseError, RuntimeError):
    """A walk over the pages of a list could not go on without losing or repeating items."""


class RepeatedPageError(PaginationError):
    """The server answered a later page with a page the walk had already seen (a stuck ``CurrentPage``, or a
    ``page`` parameter it ignores); walking on would loop for ever."""


class PaginationDriftError(PaginationError):
    """With ``strict=True``: the collection changed during the walk (``TotalCount`` moved, or a page before the
    last came back short), so items may have been skipped or repeated."""


class PaginationDriftWarning(UserWarning):
    """The collection changed during a walk (``TotalCount`` moved, or a page before the last came back short):
    items may have been skipped or repeated. Use a consistent walk (``iter_consistent()``) for exports."""


class APIConnectionError(_KeywordError):
    """The request got no HTTP answer: the connection failed, broke, or the protocol was violated.

    ``may_have_reached_server`` is False only when the request provably never left the client (connection refused,
    connect timeout, no free connection in the pool); for a POST that failed with True, the write may or may not
    have happened on GetResponse's side.
    """

    def __init__(
        self,
        message: str,
        *,
        request_method: str | None = None,
        request_url: str | None = None,
        may_have_reached_server: bool = True,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request_method = request_method
        self.request_url = request_url
        self.may_have_reached_server = may_have_reached_server

    def _keywords(self) -> dict[str, Any]:
        return {
            "request_method": self.request_method,
            "request_url": self.request_url,
            "may_have_reached_server": self.may_have_reached_server,
        }

    def __str__(self) -> str:
        where = _describe_request(self.request_method, self.request_url)
        return f"{where}: {self.message}" if where else self.message


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, waiting for a free connection, sending, or reading the answer)."""


class ResponseDecodeError(_KeywordError):
    """A successful (2xx) answer whose body is not the JSON the endpoint documents."""

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        raw_body: str,
        request_method: str | None = None,
        request_url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status
        self.raw_body = raw_body
        self.request_method = request_method
        self.request_url = request_url

    def _keywords(self) -> dict[str, Any]:
        return {
            "http_status": self.http_status,
            "raw_body": self.raw_body,
            "request_method": self.request_method,
            "request_url": self.request_url,
        }

    def __str__(self) -> str:
        where = _describe_request(self.request_method, self.request_url)
        text = f"HTTP {self.http_status}: {self.message} (body: {_excerpt(self.raw_body)})"
        return f"{where}: {text}" if where else text


class ResponseValidationError(ResponseDecodeError):
    """A 2xx answer that is JSON, but not of the shape the operation documents (a ``null``, a number or an object
    where a list was due, an array where an object was due). Nothing is lost: ``body`` is the parsed JSON and
    ``raw_body`` the text, and ``with_raw_response`` still returns the response."""

    def __init__(self, message: str, *, body: Any = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.body = body

    def _keywords(self) -> dict[str, Any]:
        return {**super()._keywords(), "body": self.body}


class ResponseTooLargeError(ResponseDecodeError):
    """A body longer than the client's ``max_response_size`` (counted after decompression, of any status, while
    it streams in): reading stopped there, so a huge or maliciously compressed answer cannot exhaust memory.
    ``raw_body`` holds the first bytes only (none when a ``Content-Length`` over the limit refused it before
    reading). Never retried: the next answer would be as large."""

    def __init__(self, message: str, *, limit: int = 0, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.limit = limit

    def _keywords(self) -> dict[str, Any]:
        return {**super()._keywords(), "limit": self.limit}


class APIError(_KeywordError):
    """A non-2xx answer. Fields mirror GetResponse's error document; they are None when the body lacked them.

    Attributes:
        http_status: the HTTP status of the response (not the ``httpStatus`` field of the body).
        code: GetResponse's error code (1000, 1013, ...), or None when the body carried none.
        code_description: GetResponse's description of ``code``.
        message: the error message; for a body that is not an error document, a short description of it.
        more_info: link to GetResponse's documentation of the code.
        context: the ``context`` member exactly as sent (a dict, a list, or None).
        uuid: GetResponse's id of this error, worth quoting to their support.
        raw_body: the response body as text ("" when empty).
        headers: the response headers.
        request_method, request_url: what was asked.
        body: the decoded JSON body, or None when the body was not JSON.
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        code: int | None = None,
        code_description: str | None = None,
        more_info: str | None = None,
        context: list[Any] | dict[str, Any] | None = None,
        uuid: str | None = None,
        raw_body: str = "",
        headers: httpx.Headers | None = None,
        request_method: str | None = None,
        request_url: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status
        self.code = code
        self.code_description = code_description
        self.more_info = more_info
        self.context = context
        self.uuid = uuid
        self.raw_body = raw_body
        self.headers = headers if headers is not None else httpx.Headers()
        self.request_method = request_method
        self.request_url = request_url
        self.body = body

    def _keywords(self) -> dict[str, Any]:
        return {
            "http_status": self.http_status,
            "code": self.code,
            "code_description": self.code_description,
            "more_info": self.more_info,
            "context": self.context,
            "uuid": self.uuid,
            "raw_body": self.raw_body,
            "headers": self.headers,
            "request_method": self.request_method,
            "request_url": self.request_url,
            "body": self.body,
        }

    @property
    def status_code(self) -> int:
        """Alias of ``http_status``."""
        return self.http_status

    def _details(self) -> str:
        """Extra text for str(); subclasses add what helps most for their case."""
        return ""

    def __str__(self) -> str:
        parts = [f"HTTP {self.http_status}"]
        if self.code is not None:
            parts.append(f"code {self.code}")
        head = ", ".join(parts)
        where = _describe_request(self.request_method, self.request_url)
        text = f"{head}: {self.message}" if self.message else head
        details = self._details()
        if details:
            text = f"{text}; {details}"
        if self.uuid:
            text = f"{text} (uuid {self.uuid})"
        return f"{where} -> {text}" if where else text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(http_status={self.http_status!r}, code={self.code!r}, "
            f"message={self.message!r}, uuid={self.uuid!r})"
        )


class BadRequestError(APIError):
    """HTTP 400 whose code is not one of the specific 400 codes below."""


class ValidationError(BadRequestError):
    """Code 1000: one or more fields of the request are invalid; ``context_entries`` names them."""

    @property
    def context_entries(self) -> list[Any]:
        """The validation problems as a list: the context list as sent, a context object as one entry, or []."""
        if isinstance(self.context, list):
            return list(self.context)
        if isinstance(self.context, dict):
            return [self.context] if self.context else []
        return []

    def _details(self) -> str:
        entries = self.context_entries
        if not entries:
            return ""
        shown = json.dumps(entries, ensure_ascii=False, default=str)
        if len(shown) > _CONTEXT_LENGTH:
            shown = shown[:_CONTEXT_LENGTH] + "…"
        return f"context: {shown}"


class RelatedResourceNotFoundError(BadRequestError):
    """Code 1001: a resource the request refers to (e.g. a campaignId) does not exist in this account."""


class ForbiddenStateError(BadRequestError):
    """Code 1002: the resource is in a state that does not allow the requested action."""


class AuthenticationError(APIError):
    """Code 1014 (or HTTP 401): the API key or token is missing, wrong or expired."""


class PermissionDeniedError(APIError):
    """HTTP 403 without a code we know."""


class NotFoundError(APIError):
    """Code 1013 (or HTTP 404): no resource has the given id."""


class ConflictError(APIError):
    """Code 1008 (or HTTP 409): a unique property already has the submitted value."""


class RateLimitError(APIError):
    """Code 1015 or HTTP 429: a request quota is used up.

    When the transport gives up waiting because the wait named would overrun the call's budget
    (``max_rate_limit_wait`` bounds the sum of a call's rate-limit waits), a note on the exception says so.

    Attributes:
        retry_after: seconds to wait before the next request (see `parse_seconds` for the forms read), from the
            context's ``timeToReset`` (a number or text such as "100 seconds"), else the ``Retry-After`` header
            (seconds or an HTTP date), else ``X-RateLimit-Reset`` ("1 seconds"); None when none of them is readable.
        current_limit: the context's ``currentLimit`` (requests per time frame), when sent.
    """

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after: float | None = _rate_limit_wait(self.context, self.headers)
        self.current_limit: int | None = _as_int(_context_value(self.context, "currentLimit"))

    def _details(self) -> str:
        if self.retry_after is None:
            return ""
        return f"retry after {self.retry_after:g} s"


class ServerError(APIError):
    """HTTP 5xx: something failed on GetResponse's side (or in a proxy in front of it)."""


_BY_CODE: dict[int, type[APIError]] = {
    1000: ValidationError,
    1001: RelatedResourceNotFoundError,
    1002: ForbiddenStateError,
    1008: ConflictError,
    1013: NotFoundError,
    1014: AuthenticationError,
    1015: RateLimitError,
}

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_class_for(http_status: int, code: int | None) -> type[APIError]:
    """The class `error_from_response` uses for this status and GetResponse error code."""
    if http_status == 429 or code == 1015:
        return RateLimitError
    if 500 <= http_status <= 599:
        return ServerError
    if code is not None and code in _BY_CODE:
        return _BY_CODE[code]
    if http_status in _BY_STATUS:
        return _BY_STATUS[http_status]
    return APIError


def error_from_response(response: httpx.Response) -> APIError:
    """Build the typed error for a non-2xx response.

    Works for any body: GetResponse's error document, an OAuth-style ``{"error": ..., "error_description": ...}``,
    other JSON, an HTML page from a proxy, an empty body or truncated JSON. The status, headers and raw text are
    always kept; fields the body did not carry are None.
    """
    raw_body = _body_text(response)
    method, url = _request_of(response)
    body: Any = None
    decoded = False
    if raw_body.strip():
        try:
            body = json.loads(raw_body)
            decoded = True
        except ValueError:
            decoded = False

    code: int | None = None
    code_description: str | None = None
    more_info: str | None = None
    context: list[Any] | dict[str, Any] | None = None
    uuid: str | None = None
    message: str | None = None

    if decoded and isinstance(body, dict):
        code = _as_int(body.get("code"))
        code_description = _as_str(body.get("codeDescription"))
        more_info = _as_str(body.get("moreInfo"))
        raw_context = body.get("context")
        if isinstance(raw_context, list | dict):
            context = raw_context
        uuid = _as_str(body.get("uuid"))
        message = (
            _as_str(body.get("message"))
            or _as_str(body.get("error_description"))
            or _as_str(body.get("error"))
            or _as_str(body.get("detail"))
        )
        if message is None and code_description is not None:
            message = code_description
    if message is None:
        message = _describe_unexpected_body(response, raw_body, decoded=decoded)

    cls = error_class_for(response.status_code, code)
    return cls(
        message,
        http_status=response.status_code,
        code=code,
        code_description=code_description,
        more_info=more_info,
        context=context,
        uuid=uuid,
        raw_body=raw_body,
        headers=response.headers,
        request_method=method,
        request_url=url,
        body=body if decoded else None,
    )


# Text, compiled by re on first use (and cached there): not at import.
_SECONDS_PATTERN = (
    r"^\s*(?P<value>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)?\s*$"
)


def parse_seconds(value: object, *, now: datetime.datetime | None = None) -> float | None:
    """Read a wait time in every form GetResponse sends it; the one parser for ``timeToReset``,
    ``X-RateLimit-Reset`` and ``Retry-After``.

    Accepted: a number (45, 1.5), a numeric string ("7"), text with a unit ("1 seconds", "600 seconds",
    "2 minutes", "500 ms"), and an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT", the other ``Retry-After`` form of
    RFC 9110), read as the seconds from ``now`` (an aware datetime; default: the current time) until then, 0 when
    it has passed. Returns None for anything else (including booleans, negative numbers, NaN and infinity).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return number if math.isfinite(number) and number >= 0 else None
    if not isinstance(value, str):
        return None
    match = re.match(_SECONDS_PATTERN, value, re.IGNORECASE)
    if match is None:
        return _seconds_until_http_date(value, now)
    number = float(match.group("value"))
    unit = (match.group("unit") or "s").lower()
    if unit.startswith("ms") or unit.startswith("milli"):
        return number / 1000.0
    if unit.startswith("m"):
        return number * 60.0
    return number


def _http_date(value: str | None) -> datetime.datetime | None:
    """An HTTP date (RFC 9110: IMF-fixdate, or the obsolete RFC 850 / asctime forms) as an aware datetime."""
    if not value or not any(char.isalpha() for char in value):  # a bare number is not a date
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    # HTTP dates are always GMT; "-0000" and the asctime form come back naive.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


def _seconds_until_http_date(value: str, now: datetime.datetime | None) -> float | None:
    moment = _http_date(value)
    if moment is None:
        return None
    reference = now if now is not None else datetime.datetime.now(datetime.UTC)
    return max(0.0, (moment - reference).total_seconds())


def _rate_limit_wait(context: list[Any] | dict[str, Any] | None, headers: httpx.Headers) -> float | None:
    """The wait a rate-limit answer names: the body's ``timeToReset``, else ``Retry-After``, else
    ``X-RateLimit-Reset``.

    ``Retry-After`` comes before ``X-RateLimit-Reset`` because it is about this refusal, while the ``X-RateLimit-*``
    headers describe either the per-second or the 10-minute limit (both were seen live), so their reset may be 600 s
    away when one second would do. An HTTP date is read against the answer's ``Date`` header when it has one (the
    server's clock, so a skewed local clock does not stretch or cut the wait), else against the local clock.
    """
    from_context = parse_seconds(_context_value(context, "timeToReset"))
    if from_context is not None:
        return from_context
    now = _http_date(headers.get("Date"))
    for name in ("Retry-After", "X-RateLimit-Reset"):
        from_header = parse_seconds(headers.get(name), now=now)
        if from_header is not None:
            return from_header
    return None


def _context_value(context: list[Any] | dict[str, Any] | None, key: str) -> Any:
    """A key of the context object, or of the first object in a context list, that has it."""
    if isinstance(context, dict):
        return context.get(key)
    if isinstance(context, list):
        for entry in context:
            if isinstance(entry, Mapping) and key in entry:
                return entry[key]
    return None


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _as_str(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _body_text(response: httpx.Response) -> str:
    try:
        return response.text
    except httpx.ResponseNotRead:
        return ""


def _request_of(response: httpx.Response) -> tuple[str | None, str | None]:
    try:
        request = response.request
    except RuntimeError:
        return None, None
    return request.method, str(request.url)


def _describe_unexpected_body(response: httpx.Response, raw_body: str, *, decoded: bool) -> str:
    reason = response.reason_phrase or "error"
    if not raw_body.strip():
        return f"{reason} (empty body)"
    content_type = response.headers.get("Content-Type", "")
    stripped = raw_body.lstrip()
    if decoded:
        what = "JSON that is not a GetResponse error document"
    elif "html" in content_type.lower() or stripped.startswith("<"):
        what = "an HTML page instead of a GetResponse error document"
    elif "json" in content_type.lower() or stripped.startswith(("{", "[")):
        what = "invalid or truncated JSON"
    else:
        what = "a body that is not JSON"
    return f"{reason} ({what}: {_excerpt(raw_body)})"


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _EXCERPT_LENGTH:
        flat = flat[:_EXCERPT_LENGTH] + "…"
    return repr(flat)


def _describe_request(method: str | None, url: str | None) -> str:
    if not method and not url:
        return ""
    if url is not None:
        # The query string may be long (filters) and the path is what identifies the call.
        url = url.split("?", 1)[0]
    return " ".join(part for part in (method, url) if part)
