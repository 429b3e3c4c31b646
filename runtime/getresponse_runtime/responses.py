"""Raw access to a response without giving up its parsed model, and the rate-limit headers every answer carries."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .errors import ResponseDecodeError, parse_seconds

__all__ = ["RateLimitInfo", "RawResponse", "decode_json", "response_text"]

T = TypeVar("T")


def _header_int(headers: httpx.Headers, name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return int(number) if math.isfinite(number) else None


def _header_seconds(headers: httpx.Headers, name: str) -> int | None:
    # Whole seconds, rounded up (waiting a fraction longer never hurts; shorter earns a 429), so that
    # RateLimitInfo.reset keeps its int type while reading the live "1 seconds" form.
    seconds = parse_seconds(headers.get(name))
    return math.ceil(seconds) if seconds is not None else None


@dataclass(frozen=True)
class RateLimitInfo:
    """The quota headers of one response (None where a header was missing or unreadable).

    Attributes:
        limit: X-RateLimit-Limit, requests allowed per time frame.
        remaining: X-RateLimit-Remaining, requests left in the current time frame.
        reset: X-RateLimit-Reset, whole seconds until the current time frame ends (rounded up), read from any
            form `parse_seconds` knows: "1 seconds" and "600 seconds" as GetResponse sends it, or a bare number.

    Which limit the three describe varies between answers (the per-second one or the 10-minute one).
    """

    limit: int | None = None
    remaining: int | None = None
    reset: int | None = None

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimitInfo:
        return cls(
            limit=_header_int(headers, "X-RateLimit-Limit"),
            remaining=_header_int(headers, "X-RateLimit-Remaining"),
            reset=_header_seconds(headers, "X-RateLimit-Reset"),
        )


class RawResponse(Generic[T]):
    """An HTTP response together with the model parsed from it.

    ``parsed`` is what the plain call would have returned (or raises the error it would have raised when the
    body does not fit the documented model); everything else is the wire view: ``status_code``,
    ``headers``, ``content`` (bytes), ``text``, ``json()``, ``rate_limit``, ``request_method``, ``request_url`` and
    the underlying ``http_response`` (an ``httpx.Response`` whose body is already read).
    """

    __slots__ = ("__weakref__", "_error", "_parsed", "_response")

    def __init__(self, response: httpx.Response, parsed: T, *, error: ResponseDecodeError | None = None) -> None:
        self._response = response
        self._parsed = parsed
        self._error = error

    @property
    def parsed(self) -> T:
        """What the plain call returns; raises the call's `ResponseDecodeError` (e.g. `ResponseValidationError`)
        when the body does not fit it: the rest of the response stays readable."""
        if self._error is not None:
            raise self._error
        return self._parsed

    @property
    def parse_error(self) -> ResponseDecodeError | None:
        """The error ``parsed`` raises, or None when the body parsed."""
        return self._error

    @property
    def http_response(self) -> httpx.Response:
        return self._response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def content(self) -> bytes:
        return self._response.content

    @property
    def text(self) -> str:
        return self._response.text

    def json(self) -> Any:
        """The body decoded as JSON; raises `ResponseDecodeError` when it is not JSON."""
        return decode_json(self._response)

    @property
    def rate_limit(self) -> RateLimitInfo:
        return RateLimitInfo.from_headers(self._response.headers)

    @property
    def request_method(self) -> str:
        return self._response.request.method

    @property
    def request_url(self) -> str:
        return str(self._response.request.url)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.request_method} {self.request_url.split('?', 1)[0]}>"


def response_text(response: httpx.Response) -> str:
    """The body as text; a body its charset cannot decode is read as UTF-8 with replacement characters."""
    try:
        return response.text
    except (LookupError, ValueError):  # an unknown or wrong charset
        return response.content.decode("utf-8", errors="replace")


@functools.cache
def _loads() -> Callable[[bytes], Any]:
    """``orjson.loads`` with the ``fast`` extra (it decodes a page of a thousand contacts in half the time), else
    ``json.loads``. Looked up on the first answer, not at import: importing orjson takes about 6 ms."""
    try:
        from orjson import loads
    except ImportError:
        return json.loads
    return loads


# orjson reads an integer beyond 64 bits as a float, which would not be the JSON that came: a body with a run of 19
# digits (in a number or not) goes to json instead. Digits become "0", anything else a space; then one find.
_DIGIT_RUNS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_INTEGER = b"0" * 19


def decode_json(response: httpx.Response) -> Any:
    """``response.json()``, but a body that is not JSON raises `ResponseDecodeError` (a `GetResponseError`).

    The bytes are decoded as they are (UTF-8, as GetResponse sends): ``response.text`` would keep a decoded
    copy of every page on the response. Only a body that is not UTF-8 JSON is read through its charset. With the
    ``fast`` extra orjson decodes, and json wherever orjson would differ (see `_DIGIT_RUNS`) or refuses (NaN, a BOM).
    """
    if response.charset_encoding in (None, "utf-8", "UTF-8", "utf8"):
        content = response.content
        loads = _loads()
        if loads is not json.loads and _LONG_INTEGER not in content.translate(_DIGIT_RUNS):
            try:
                return loads(content)
            except ValueError:
                pass
        try:
            return json.loads(content)
        except ValueError:
            pass
    text = response_text(response)
    try:
        return json.loads(text)
    except ValueError as exc:
        try:
            method: str | None = response.request.method
            url: str | None = str(response.request.url)
        except RuntimeError:
            method = url = None
        what = "empty body" if not text.strip() else f"body is not JSON ({exc})"
        raise ResponseDecodeError(
            what, http_status=response.status_code, raw_body=text, request_method=method, request_url=url
        ) from exc
