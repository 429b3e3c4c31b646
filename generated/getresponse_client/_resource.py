"""Base classes of the generated resource groups (client.contacts, ...): one call, one page."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._runtime.errors import ResponseDecodeError
from ._runtime.pagination import AsyncPage, Page
from ._runtime.responses import RawResponse
from ._runtime.transport import RetryMode
from .client import Client
from .types import Unset

if TYPE_CHECKING:
    from ._runtime.transport import AsyncTransport, SyncTransport

RequestBuilder = Callable[[int], Mapping[str, Any]]
ResponseParser = Callable[..., Any]

# The generated _parse_response functions take a client only to read raise_on_unexpected_status; errors are
# raised by the transport before parsing, so a 2xx the spec does not document parses to None.
_PARSE_CONTEXT = Client(base_url="", raise_on_unexpected_status=False)


def parse(parse_response: ResponseParser, response: httpx.Response) -> Any:
    try:
        return parse_response(client=_PARSE_CONTEXT, response=response)
    except ValueError as exc:  # bad JSON, bad text encoding, or a body of the wrong shape (ResponseShapeError)
        raise ResponseDecodeError(
            f"the body is not the JSON this operation documents: {exc}",
            http_status=response.status_code,
            raw_body=response.text,
            request_method=response.request.method,
            request_url=str(response.request.url),
        ) from exc


def retry_mode(idempotent: bool) -> RetryMode:
    return RetryMode.IDEMPOTENT if idempotent else RetryMode.NON_IDEMPOTENT


def first_page_number(page: int | Unset) -> int:
    return 1 if isinstance(page, Unset) else page


class SyncResource:
    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def _call(
        self, request: Mapping[str, Any], parse_response: ResponseParser, *, idempotent: bool
    ) -> RawResponse[Any]:
        response = self._transport.send(request, retry_mode=retry_mode(idempotent))
        return RawResponse(response, parse(parse_response, response))

    def _paginate(
        self, build_request: RequestBuilder, parse_response: ResponseParser, *, first_page: int | Unset
    ) -> Page[Any]:
        def fetch(number: int) -> Page[Any]:
            raw = self._call(build_request(number), parse_response, idempotent=True)
            return Page(raw.parsed or [], raw, fetch=fetch, page=number)

        return fetch(first_page_number(first_page))


class AsyncResource:
    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def _call(
        self, request: Mapping[str, Any], parse_response: ResponseParser, *, idempotent: bool
    ) -> RawResponse[Any]:
        response = await self._transport.send(request, retry_mode=retry_mode(idempotent))
        return RawResponse(response, parse(parse_response, response))

    async def _paginate(
        self, build_request: RequestBuilder, parse_response: ResponseParser, *, first_page: int | Unset
    ) -> AsyncPage[Any]:
        async def fetch(number: int) -> AsyncPage[Any]:
            raw = await self._call(build_request(number), parse_response, idempotent=True)
            return AsyncPage(raw.parsed or [], raw, fetch=fetch, page=number)

        return await fetch(first_page_number(first_page))
