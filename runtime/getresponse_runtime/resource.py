"""What every generated resource method calls: build the request, send it, parse the answer.

A generated method (``client.tags.create(name="vip")``) is a few lines: it names the HTTP method and path, puts its
query parameters in a dict by wire name, its body fields in another, and says what the answer parses into. The
rest happens here, once:

- query values: `UNSET` and None are left out, enums are sent by value, dates as ISO 8601;
- the JSON body: from keyword arguments (required ones checked, `UNSET` ones left out) or from ``body=`` (a model
  or a plain dict), never both; models, enums and dates inside are encoded to JSON;
- the answer: a model, a list of models, a file, or nothing (errors were raised by the transport already);
- pages: a list method returns a `Page` (sync) or an `AsyncPager` (async: ``await`` it for the first page, or
  ``async for`` over every item);
- ``with_raw_response``: the same methods, returning a `RawResponse` with status, headers and the parsed value.
"""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast, overload
from urllib.parse import quote

from .errors import ResponseDecodeError, ResponseValidationError
from .pagination import AsyncPage, ConsistentOrder, Page, TwoStepFetch
from .responses import RawResponse, decode_json, response_text
from .transport import RequestOptions, RetryMode
from .types import UNSET, File, Unset, is_set
from .wire import ResponseShapeError, WireModel, to_json

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    import httpx

    from .policy import DryRunResult, GuardedCall  # DryRunResult: anything _send returns that is not a RawResponse
    from .transport import AsyncTransport, SyncTransport

__all__ = [
    "AsyncPager",
    "AsyncResource",
    "ListOf",
    "SyncResource",
    "async_raw_pager",
    "async_raw_response",
    "json_body",
    "multipart_body",
    "path_value",
    "raw_response",
]

# GetResponse's largest page.
MAX_PER_PAGE = 1000

T = TypeVar("T")
R = TypeVar("R")
M = TypeVar("M", bound=WireModel)
P_ = TypeVar("P_")
P = ParamSpec("P")


class ListOf(Generic[M]):
    """An answer that is a JSON array of one model."""

    __slots__ = ("model",)

    def __init__(self, model: type[M]) -> None:
        self.model = model


# What an answer parses into: a model class, ListOf(model), File, or None (no body).
Cast = type[WireModel] | ListOf[Any] | type[File] | None


def path_value(value: object) -> str:
    """A path parameter, percent-encoded whole (an id with a slash stays one path segment)."""
    return quote(str(value), safe="")


def _given_fields(method: str, body: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword fields the caller set; a TypeError when there is a ``body=`` as well."""
    given = {name: value for name, value in fields.items() if value is not UNSET}
    if body is not None and given:
        raise TypeError(
            f"{method}() takes the body either as body= or as keyword arguments, not both "
            f"(got body= and {', '.join(sorted(given))})"
        )
    return given


def _check_required(method: str, given: Mapping[str, Any], required: Sequence[str]) -> None:
    missing = [name for name in required if name not in given]
    if missing:
        raise TypeError(f"{method}() missing required keyword argument(s): {', '.join(map(repr, missing))}")


def json_body(
    method: str, body: Any, fields: Mapping[str, Any], wire_names: Mapping[str, str], required: Sequence[str] = ()
) -> dict[str, Any]:
    """The JSON object to send: ``body`` (a model or a dict) or the keyword ``fields`` (Python name -> value).

    ``wire_names`` maps the keyword names to JSON names; ``required`` lists the keywords the API requires.
    Raises TypeError naming what is wrong: both ways at once, a missing required field, a body of another type.
    """
    given = _given_fields(method, body, fields)
    if body is not None:
        if isinstance(body, WireModel):
            return body.to_dict()
        if isinstance(body, Mapping):
            return cast(dict[str, Any], to_json(body))
        raise TypeError(f"{method}() body= must be a model or a dict, not {type(body).__name__}")
    _check_required(method, given, required)
    return {wire_names[name]: to_json(value) for name, value in given.items()}


def multipart_body(
    method: str, model: type[M], body: Any, fields: Mapping[str, Any], required: Sequence[str] = ()
) -> Any:
    """The parts of a multipart form: ``body`` (the model, or a dict by wire name) or the keyword ``fields``.

    The same checks as `json_body`, with the same TypeErrors.
    """
    given = _given_fields(method, body, fields)
    if body is not None:
        if isinstance(body, Mapping):
            python_names = {wire: name for name, wire in model._wire_names.items()}
            unknown = [key for key in body if key not in python_names]
            if unknown:
                raise TypeError(f"{method}() body= has fields the form does not take: {', '.join(map(str, unknown))}")
            given = {python_names[key]: value for key, value in body.items()}
        elif isinstance(body, model):
            return body.to_multipart()  # type: ignore[attr-defined]
        else:
            raise TypeError(f"{method}() body= must be a {model.__name__} or a dict, not {type(body).__name__}")
    _check_required(method, given, required)
    return model(**given).to_multipart()  # type: ignore[attr-defined]


def _parse(cast_to: Cast, response: httpx.Response) -> Any:
    if cast_to is None:
        return None
    if cast_to is File:
        return File(payload=io.BytesIO(response.content), mime_type=response.headers.get("Content-Type"))
    data = decode_json(response)
    try:
        if isinstance(cast_to, ListOf):
            if type(data) is not list:
                raise ResponseShapeError(f"expected a JSON array of {cast_to.model.__name__}, got {_json_type(data)}")
            from_dict = cast_to.model.from_dict
            return [from_dict(item) for item in data]
        assert isinstance(cast_to, type) and issubclass(cast_to, WireModel)
        return cast_to.from_dict(data)
    except ValueError as exc:  # a body of the wrong shape (ResponseShapeError is a ValueError)
        raise ResponseValidationError(
            f"the body is not the JSON this operation documents: {exc}",
            http_status=response.status_code,
            raw_body=response_text(response),
            body=data,
            request_method=response.request.method,
            request_url=str(response.request.url),
        ) from exc


def _parsed_response(cast_to: Cast, response: httpx.Response, *, keep_errors: bool) -> RawResponse[Any]:
    """The response with what it parses into; with ``keep_errors`` (``with_raw_response``) a body that does not
    parse is kept with its error, which ``.parsed`` raises, so the caller still gets the body."""
    try:
        return RawResponse(response, _parse(cast_to, response))
    except ResponseDecodeError as exc:
        if not keep_errors:
            raise
        return RawResponse(response, None, error=exc)


def _raw_page(raw: RawResponse[Any], page_of: Callable[[RawResponse[Any], Any], P_], number: Any) -> RawResponse[P_]:
    """``with_raw_response`` of a list method: the first page's response, with the page or with its parse error."""
    error = raw.parse_error
    return RawResponse(raw.http_response, None if error else page_of(raw, number), error=error)  # type: ignore[arg-type]


def _json_type(value: Any) -> str:
    return (
        "null"
        if value is None
        else {bool: "a boolean", dict: "an object", str: "a string"}.get(
            type(value), "a number" if isinstance(value, int | float) else type(value).__name__
        )
    )


def _per_page(url: str, params: Mapping[str, Any]) -> int | None:
    """The ``perPage`` to send, checked here: GetResponse takes 1 to 1000 but does not validate it (it answers
    ``perPage=0`` with a page), so a bad value would page wrongly instead of failing."""
    value = params.get("perPage", UNSET)
    if value is UNSET or value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PER_PAGE:
        raise ValueError(f"GET {url}: per_page must be a whole number from 1 to {MAX_PER_PAGE}; got {value!r}")
    return value


def _admitted(
    transport: SyncTransport | AsyncTransport,
    operation: str,
    http_method: str,
    url: str,
    request: Mapping[str, Any],
    options: RequestOptions,
) -> tuple[GuardedCall | None, DryRunResult | None]:
    """The call under the client's access settings, to audit when it ends, and the answer of a dry run; (None,
    None) without such settings. A call the policy denies raises here."""
    if transport.guard is None:
        return None, None
    call = transport.guard.begin(operation, http_method, url)
    return call, call.admit(lambda: transport.preview(request, options))


def _build_request(
    http_method: str, url: str, params: Mapping[str, Any] | None, json: Any, files: Any
) -> dict[str, Any]:
    """The transport's request dict; query values left out when UNSET or None, and encoded like JSON values."""
    request: dict[str, Any] = {"method": http_method, "url": url}
    query = {name: to_json(value) for name, value in (params or {}).items() if value is not UNSET and value is not None}
    if query:
        request["params"] = query
    if json is not None:
        request["json"] = json
    if files is not None:
        request["files"] = files
    return request


class _ResourceBase:
    __slots__ = ("_raw", "_transport")

    def __init__(self, transport: Any, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw

    def _raw_copy(self) -> Any:
        return type(self)(self._transport, raw=True)


class SyncResource(_ResourceBase):
    """Base of the generated sync resource groups (client.contacts, ...)."""

    _transport: SyncTransport

    def _send(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: Cast,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
        operation: str = "",
        options: RequestOptions,
    ) -> RawResponse[Any] | DryRunResult:
        request = _build_request(http_method, url, params, json, files)
        transport = self._transport
        call, dry_run = _admitted(transport, operation, http_method, url, request, options)
        if dry_run is not None:
            return dry_run
        try:
            response = transport.send(request, retry_mode=RetryMode.for_method(http_method), options=options)
            parsed = _parsed_response(cast_to, response, keep_errors=self._raw)
        except BaseException as exc:
            if call is not None:
                call.ended(exc)
            raise
        if call is not None:
            call.ended(response)
        return parsed

    @overload
    def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: type[M],
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        files: Any = ...,
        operation: str = ...,
        options: RequestOptions,
    ) -> M: ...

    @overload
    def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: ListOf[M],
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        files: Any = ...,
        operation: str = ...,
        options: RequestOptions,
    ) -> list[M]: ...

    @overload
    def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: type[File],
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        files: Any = ...,
        operation: str = ...,
        options: RequestOptions,
    ) -> File: ...

    @overload
    def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: None,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        files: Any = ...,
        operation: str = ...,
        options: RequestOptions,
    ) -> None: ...

    def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: Cast,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
        operation: str = "",
        options: RequestOptions,
    ) -> Any:
        raw = self._send(
            http_method,
            url,
            cast_to=cast_to,
            params=params,
            json=json,
            files=files,
            operation=operation,
            options=options,
        )
        if not isinstance(raw, RawResponse):
            return raw
        return raw if self._raw else raw.parsed

    def _page(
        self,
        url: str,
        *,
        item: type[M],
        params: dict[str, Any],
        page: int | Unset,
        options: RequestOptions,
        http_method: str = "GET",
        json: Any = None,
        order: ConsistentOrder | None = None,
        operation: str = "",
    ) -> Page[M]:
        cast_to = ListOf(item)
        per_page = _per_page(url, params)

        def send(number: int | Unset, overrides: Mapping[str, Any] | None, parse: bool = True) -> RawResponse[Any]:
            # page=UNSET: the first page without a page parameter (GetResponse starts at 1), later ones numbered.
            query = {**params, **overrides} if overrides else params
            query = {**query, "page": number} if is_set(number) else query
            raw = self._send(
                http_method,
                url,
                cast_to=cast_to if parse else None,
                params=query,
                json=json,
                operation=operation,
                options=options,
            )
            assert isinstance(raw, RawResponse)  # pages are reads: never a dry run
            return raw

        def page_of(raw: RawResponse[Any], number: int | Unset) -> Page[M]:
            number = number if is_set(number) else 1
            return Page(raw.parsed, raw, fetch=fetch, page=number, per_page=per_page, order=order, params=params)

        def fetch_page(number: int, overrides: Mapping[str, Any] | None = None) -> Page[M]:
            return page_of(send(number, overrides), number)

        def unparsed(number: int) -> Callable[[], Page[M]]:
            raw = send(number, None, parse=False)
            return lambda: page_of(_parsed_response(cast_to, raw.http_response, keep_errors=False), number)

        # With allow=/dry_run=/audit= each page parses where it is fetched, so the audit record of its call says
        # whether it parsed.
        fetch = TwoStepFetch(fetch_page, None if self._transport.guard is not None else unparsed)

        raw = send(page, None)
        if self._raw:  # with_raw_response: typed by raw_response(); a body that does not parse is still returned
            return _raw_page(raw, page_of, page)  # type: ignore[return-value]
        return page_of(raw, page)


class AsyncResource(_ResourceBase):
    """Base of the generated async resource groups (``await client.contacts.get(...)``)."""

    _transport: AsyncTransport

    async def _send(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: Cast,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
        operation: str = "",
        options: RequestOptions,
    ) -> RawResponse[Any] | DryRunResult:
        request = _build_request(http_method, url, params, json, files)
        transport = self._transport
        call, dry_run = _admitted(transport, operation, http_method, url, request, options)
        if dry_run is not None:
            return dry_run
        try:
            response = await transport.send(request, retry_mode=RetryMode.for_method(http_method), options=options)
            parsed = _parsed_response(cast_to, response, keep_errors=self._raw)
        except BaseException as exc:
            if call is not None:
                call.ended(exc)
            raise
        if call is not None:
            call.ended(response)
        return parsed

    @overload
    async def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: type[M],
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        files: Any = ...,
        operation: str = ...,
        options: RequestOptions,
    ) -> M: ...

    @overload
    async def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: ListOf[M],
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        files: Any = ...,
        operation: str = ...,
        options: RequestOptions,
    ) -> list[M]: ...

    @overload
    async def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: type[File],
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        files: Any = ...,
        operation: str = ...,
        options: RequestOptions,
    ) -> File: ...

    @overload
    async def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: None,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        files: Any = ...,
        operation: str = ...,
        options: RequestOptions,
    ) -> None: ...

    async def _request(
        self,
        http_method: str,
        url: str,
        *,
        cast_to: Cast,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
        operation: str = "",
        options: RequestOptions,
    ) -> Any:
        raw = await self._send(
            http_method,
            url,
            cast_to=cast_to,
            params=params,
            json=json,
            files=files,
            operation=operation,
            options=options,
        )
        if not isinstance(raw, RawResponse):
            return raw
        return raw if self._raw else raw.parsed

    def _page(
        self,
        url: str,
        *,
        item: type[M],
        params: dict[str, Any],
        page: int | Unset,
        options: RequestOptions,
        http_method: str = "GET",
        json: Any = None,
        order: ConsistentOrder | None = None,
        operation: str = "",
    ) -> AsyncPager[M]:
        cast_to = ListOf(item)
        per_page = _per_page(url, params)

        async def send(number: int | Unset, overrides: Mapping[str, Any] | None) -> RawResponse[Any]:
            query = {**params, **overrides} if overrides else params
            query = {**query, "page": number} if is_set(number) else query
            raw = await self._send(
                http_method, url, cast_to=cast_to, params=query, json=json, operation=operation, options=options
            )
            assert isinstance(raw, RawResponse)  # pages are reads: never a dry run
            return raw

        def page_of(raw: RawResponse[Any], number: int | Unset) -> AsyncPage[M]:
            number = number if is_set(number) else 1
            return AsyncPage(raw.parsed, raw, fetch=fetch, page=number, per_page=per_page, order=order, params=params)

        async def fetch(number: int | Unset, overrides: Mapping[str, Any] | None = None) -> AsyncPage[M]:
            return page_of(await send(number, overrides), number)

        async def first_raw() -> RawResponse[AsyncPage[M]]:
            return _raw_page(await send(page, None), page_of, page)

        pager = AsyncPager(fetch, page, first_raw)
        if self._raw:  # with_raw_response: typed by async_raw_pager()
            return pager.raw()  # type: ignore[return-value]
        return pager


class AsyncPager(Generic[T]):
    """What an async list method returns: ``await`` it for the first `AsyncPage`, or ``async for`` over every item
    of every page (pages fetched lazily, as the iteration reaches them)."""

    __slots__ = ("_fetch", "_first_raw", "_number")

    def __init__(
        self,
        fetch: Callable[[int | Unset], Awaitable[AsyncPage[T]]],
        number: int | Unset,
        first_raw: Callable[[], Awaitable[RawResponse[AsyncPage[T]]]],
    ) -> None:
        self._fetch = fetch
        self._number = number
        self._first_raw = first_raw

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._fetch(self._number).__await__()

    async def __aiter_items(self) -> AsyncIterator[T]:
        page = await self._fetch(self._number)
        async for item in page:
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self.__aiter_items()

    async def iter_pages(self, *, strict: bool = False, prefetch: int = 0) -> AsyncIterator[AsyncPage[T]]:
        """Every page from the first on (`AsyncPage.iter_pages`: ``strict``, ``prefetch``)."""
        page = await self._fetch(self._number)
        async for each in page.iter_pages(strict=strict, prefetch=prefetch):
            yield each

    async def iter_items(self, *, strict: bool = False, prefetch: int = 0) -> AsyncIterator[T]:
        """Every item of every page (`AsyncPage.iter_items`)."""
        page = await self._fetch(self._number)
        async for item in page.iter_items(strict=strict, prefetch=prefetch):
            yield item

    async def iter_consistent(self) -> AsyncIterator[T]:
        """Every item in creation order, none skipped or repeated by changes during the walk
        (`AsyncPage.iter_consistent`)."""
        page = await self._fetch(self._number)
        async for item in page.iter_consistent():
            yield item

    def __repr__(self) -> str:
        return f"<AsyncPager page={self._number!r}: await it for the page, or async for over every item>"

    async def raw(self) -> RawResponse[AsyncPage[T]]:
        """The first page's response (``with_raw_response``), with its parse error when the body does not fit."""
        return await self._first_raw()


def raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Typing for ``with_raw_response``: the method of a resource in raw mode returns RawResponse of what the plain
    method returns (the resource does the work; this only tells type checkers)."""
    return cast(Callable[P, RawResponse[R]], method)


def async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """`raw_response` for coroutine methods."""
    return cast(Callable[P, Awaitable[RawResponse[R]]], method)


def async_raw_pager(method: Callable[P, AsyncPager[T]]) -> Callable[P, Awaitable[RawResponse[AsyncPage[T]]]]:
    """`raw_response` for async list methods: awaiting gives the first page's raw response."""
    return cast(Callable[P, Awaitable[RawResponse[AsyncPage[T]]]], method)
