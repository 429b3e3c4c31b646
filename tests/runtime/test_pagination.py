"""Page / AsyncPage over a real loopback server that pages like GetResponse (TotalCount/TotalPages/CurrentPage)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from getresponse_runtime.config import ClientConfig
from getresponse_runtime.errors import NoNextPageError
from getresponse_runtime.pagination import AsyncPage, Page
from getresponse_runtime.responses import RawResponse, decode_json
from getresponse_runtime.transport import AsyncTransport, RetryMode, SyncTransport

from ._support import LoopbackServer, Reply, Seen

Item = dict[str, Any]


def paging_handler(total: int, *, send_total_pages: bool = True) -> Any:
    """Answers GET /v3/contacts?page=N&perPage=M like GetResponse: a slice, and an empty list past the end."""

    def handle(seen: Seen) -> Reply:
        page = int(seen.query.get("page", ["1"])[0])
        per_page = int(seen.query.get("perPage", ["100"])[0])
        items = [{"contactId": f"c{i}"} for i in range((page - 1) * per_page, min(total, page * per_page))]
        headers = {"TotalCount": str(total), "CurrentPage": str(page)}
        if send_total_pages:
            headers["TotalPages"] = str(-(-total // per_page))
        return Reply(200, items, headers)

    return handle


def pages_requested(server: LoopbackServer) -> list[int]:
    return [int(seen.query["page"][0]) for seen in server.seen]


class Lister:
    """What a generated list method does: a fetch callback with the same arguments, returning Page objects."""

    def __init__(self, transport: SyncTransport, per_page: int = 2) -> None:
        self.transport = transport
        self.per_page = per_page
        self.built: list[weakref.ref[Page[Item]]] = []

    def fetch(self, number: int) -> Page[Item]:
        request = {"method": "get", "url": "/contacts", "params": {"perPage": self.per_page, "page": number}}
        response = self.transport.send(request, retry_mode=RetryMode.IDEMPOTENT)
        items: list[Item] = decode_json(response)
        page = Page(items, RawResponse(response, items), fetch=self.fetch, page=number)
        self.built.append(weakref.ref(page))
        return page

    def alive(self) -> int:
        count = sum(1 for ref in self.built if ref() is not None)
        if count > 1:  # reference counting frees pages at once; a cycle would need the collector
            gc.collect()
            count = sum(1 for ref in self.built if ref() is not None)
        return count


@pytest.fixture
def transport(server: LoopbackServer) -> Iterator[SyncTransport]:
    config = ClientConfig(api_key="key", base_url=server.url + "/v3", env={})
    with SyncTransport(config) as sync_transport:
        yield sync_transport


def test_iterating_walks_three_pages_and_stops_at_the_last(server: LoopbackServer, transport: SyncTransport) -> None:
    server.handler = paging_handler(5)
    first = Lister(transport).fetch(1)
    assert [item["contactId"] for item in first] == ["c0", "c1", "c2", "c3", "c4"]
    assert pages_requested(server) == [1, 2, 3]  # page 4 is never asked for: page 3 says it is the last


def test_page_describes_itself(server: LoopbackServer, transport: SyncTransport) -> None:
    server.handler = paging_handler(5)
    first = Lister(transport).fetch(1)
    assert (first.total_count, first.total_pages, first.current_page) == (5, 3, 1)
    assert len(first) == 2
    assert first[0] == {"contactId": "c0"}
    assert first[-1:] == [{"contactId": "c1"}]
    assert first.items == [{"contactId": "c0"}, {"contactId": "c1"}]
    assert first.raw.status_code == 200
    assert first.raw.headers["TotalPages"] == "3"
    assert first.raw.parsed is first.items
    assert "current_page=1 total_pages=3 total_count=5 items=2" in repr(first)

    assert first.has_next_page()
    second = first.next_page()
    third = second.next_page()
    assert (second.current_page, third.current_page) == (2, 3)
    assert not third.has_next_page()
    with pytest.raises(NoNextPageError):
        third.next_page()
    assert [page.current_page for page in first.iter_pages()] == [1, 2, 3]


def test_iteration_is_lazy(server: LoopbackServer, transport: SyncTransport) -> None:
    server.handler = paging_handler(5)
    walker = iter(Lister(transport).fetch(1))
    assert pages_requested(server) == [1]
    assert next(walker)["contactId"] == "c0"
    assert next(walker)["contactId"] == "c1"
    assert pages_requested(server) == [1]  # page 2 not fetched until the walk reaches it
    assert next(walker)["contactId"] == "c2"
    assert pages_requested(server) == [1, 2]


def test_stops_at_an_empty_page_when_total_pages_is_missing(server: LoopbackServer, transport: SyncTransport) -> None:
    server.handler = paging_handler(4, send_total_pages=False)
    first = Lister(transport).fetch(1)
    assert first.total_pages is None
    assert len(list(first)) == 4
    assert pages_requested(server) == [1, 2, 3]  # page 3 is empty: the walk ends there
    empty = Lister(transport).fetch(3)
    assert not empty.has_next_page()


def test_only_the_page_being_walked_is_kept(server: LoopbackServer, transport: SyncTransport) -> None:
    server.handler = paging_handler(40)
    lister = Lister(transport, per_page=2)
    most_alive = 0
    count = 0
    for _item in lister.fetch(1):  # nothing else holds the first page
        count += 1
        most_alive = max(most_alive, lister.alive())
    assert count == 40
    assert len(lister.built) == 20
    assert most_alive == 1


def test_page_without_fetch_or_headers_stands_alone() -> None:
    response = httpx.Response(200, json=[1, 2], request=httpx.Request("GET", "https://api.getresponse.com/v3/tags"))
    page: Page[int] = Page([1, 2], RawResponse(response, [1, 2]))
    assert (page.total_count, page.total_pages, page.current_page) == (None, None, None)
    assert not page.has_next_page()
    assert list(page) == [1, 2]


def test_a_page_of_ones_own_fetch_prefetches(server: LoopbackServer, transport: SyncTransport) -> None:
    # A fetch written by hand (the module docstring's recipe) parses where it fetches; prefetch still works.
    server.handler = paging_handler(5)
    first = Lister(transport).fetch(1)
    assert [item["contactId"] for item in first.iter_items(prefetch=2)] == ["c0", "c1", "c2", "c3", "c4"]
    assert sorted(pages_requested(server)) == [1, 2, 3]


def test_page_built_by_fetch_inherits_callback_and_number() -> None:
    def response(page: int) -> httpx.Response:
        headers = {"TotalPages": "2"}  # no CurrentPage header
        return httpx.Response(200, json=[page], headers=headers, request=httpx.Request("GET", "https://x.test/v3/a"))

    def bare_fetch(number: int) -> Page[int]:
        return Page([number], RawResponse(response(number), [number]))  # built without fetch= and page=

    first = Page([1], RawResponse(response(1), [1]), fetch=bare_fetch, page=1)
    second = first.next_page()
    assert second.current_page == 2
    assert not second.has_next_page()
    assert list(first) == [1, 2]


# --- async ------------------------------------------------------------------------------------------------------


class AsyncLister:
    def __init__(self, transport: AsyncTransport, per_page: int = 2) -> None:
        self.transport = transport
        self.per_page = per_page

    async def fetch(self, number: int) -> AsyncPage[Item]:
        request = {"method": "get", "url": "/contacts", "params": {"perPage": self.per_page, "page": number}}
        response = await self.transport.send(request)
        items: list[Item] = decode_json(response)
        return AsyncPage(items, RawResponse(response, items), fetch=self.fetch, page=number)


@pytest.mark.anyio
async def test_async_walk_is_lazy_and_stops_at_the_last_page(server: LoopbackServer) -> None:
    server.handler = paging_handler(5)
    config = ClientConfig(api_key="key", base_url=server.url + "/v3", env={})
    async with AsyncTransport(config) as transport:
        first = await AsyncLister(transport).fetch(1)
        walker = aiter(first)
        assert (await anext(walker))["contactId"] == "c0"
        assert (await anext(walker))["contactId"] == "c1"
        assert pages_requested(server) == [1]
        rest = [item["contactId"] async for item in walker]
        assert rest == ["c2", "c3", "c4"]
        assert pages_requested(server) == [1, 2, 3]

        second = await first.next_page()
        assert second.current_page == 2
        numbers = [page.current_page async for page in first.iter_pages()]
        assert numbers == [1, 2, 3]
        last = await second.next_page()
        assert not last.has_next_page()
        with pytest.raises(NoNextPageError):
            await last.next_page()
        with pytest.raises(TypeError, match="async for"):
            iter(first)


@pytest.mark.anyio
async def test_async_walk_stops_at_an_empty_page(server: LoopbackServer) -> None:
    server.handler = paging_handler(2, send_total_pages=False)
    config = ClientConfig(api_key="key", base_url=server.url + "/v3", env={})
    async with AsyncTransport(config) as transport:
        first = await AsyncLister(transport).fetch(1)
        assert [item async for item in first] == [{"contactId": "c0"}, {"contactId": "c1"}]
    assert pages_requested(server) == [1, 2]
