"""Walking lists against a real loopback server that pages like GetResponse, including the ways a live collection
and a misbehaving server make an offset walk lose or repeat items; and 2xx bodies that do not fit the model."""

from __future__ import annotations

import asyncio
import datetime
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from getresponse_client import (
    AsyncGetResponse,
    GetResponse,
    GetResponseError,
    PaginationDriftError,
    PaginationDriftWarning,
    PaginationError,
    RepeatedPageError,
    ResponseValidationError,
)
from tests.runtime._support import LoopbackServer, Reply, Seen

EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def when(second: int) -> str:
    """A creation time as GetResponse writes it (offset without a colon)."""
    return (EPOCH + datetime.timedelta(seconds=second)).strftime("%Y-%m-%dT%H:%M:%S+0000")


class Contacts:
    """GET /v3/contacts like GetResponse: offset pages, paging headers, sort[createdOn], query[createdOn][from].

    ``between_pages(number)`` runs before page ``number`` is answered: the collection can change there.
    """

    def __init__(self, count: int, *, same_second: int = 1) -> None:
        # `same_second` contacts share each creation time (an import creates many in the same second).
        self.rows = [{"contactId": f"c{i:03}", "createdOn": when(i // same_second)} for i in range(count)]
        self.between_pages: Callable[[int], None] = lambda number: None
        self.headers = True
        self.lock = threading.Lock()

    def __call__(self, seen: Seen) -> Reply:
        number = int(seen.query.get("page", ["1"])[0])
        per_page = int(seen.query.get("perPage", ["100"])[0])
        self.between_pages(number)
        with self.lock:
            rows = list(self.rows)
        since = seen.query.get("query[createdOn][from]")
        if since:
            start = datetime.datetime.strptime(since[0], "%Y-%m-%dT%H:%M:%S%z")
            rows = [r for r in rows if datetime.datetime.strptime(r["createdOn"], "%Y-%m-%dT%H:%M:%S%z") >= start]
        if seen.query.get("sort[createdOn]") == ["ASC"]:
            rows.sort(key=lambda r: (r["createdOn"], r["contactId"]))
        items = rows[(number - 1) * per_page : number * per_page]
        headers = {}
        if self.headers:
            headers = {"TotalCount": str(len(rows)), "TotalPages": str(-(-len(rows) // per_page) or 1)}
            headers["CurrentPage"] = str(number)
        return Reply(200, items, headers)

    def delete(self, *ids: str) -> None:
        with self.lock:
            self.rows = [r for r in self.rows if r["contactId"] not in ids]

    def insert(self, contact_id: str, second: int) -> None:
        with self.lock:
            self.rows.append({"contactId": contact_id, "createdOn": when(second)})


@pytest.fixture
def server(loopback_server: LoopbackServer) -> LoopbackServer:
    return loopback_server


@pytest.fixture
def client(server: LoopbackServer) -> Iterator[GetResponse]:
    with GetResponse(api_key="k", base_url=server.url + "/v3", max_retries=0) as gr:
        yield gr


def pages_asked(server: LoopbackServer) -> list[int]:
    return [int(seen.query.get("page", ["1"])[0]) for seen in server.seen]


def ids(items: Any) -> list[str]:
    return [item.contact_id for item in items]


# -- a server that repeats itself -----------------------------------------------------------------------------------


def test_a_stuck_current_page_ends_in_a_typed_error_not_a_loop(client: GetResponse, server: LoopbackServer) -> None:
    # Measured before: 61 requests and 580 duplicates until the server cut the walk off.
    server.handler = lambda seen: Reply(
        200, [{"contactId": "c1"}, {"contactId": "c2"}], {"TotalPages": "5", "CurrentPage": "1"}
    )
    with pytest.raises(RepeatedPageError, match="asked for page 2, the server answered CurrentPage 1"):
        list(client.contacts.list(per_page=2))
    assert pages_asked(server) == [1, 2]  # one repeat, then the typed error


def test_a_server_ignoring_page_without_headers_is_caught(client: GetResponse, server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(200, [{"contactId": "c1"}, {"contactId": "c2"}])
    with pytest.raises(RepeatedPageError, match="page 2 came back identical to page 1") as caught:
        list(client.contacts.list(per_page=2))
    assert isinstance(caught.value, GetResponseError)
    assert pages_asked(server) == [1, 2]


def test_the_walk_counts_pages_itself(client: GetResponse, server: LoopbackServer) -> None:
    contacts = Contacts(5)
    server.handler = contacts
    assert ids(client.contacts.list(per_page=2)) == ["c000", "c001", "c002", "c003", "c004"]
    assert pages_asked(server) == [1, 2, 3]  # page 3 of 3 is the last: page 4 is never asked for


def test_without_headers_a_short_page_is_the_end(client: GetResponse, server: LoopbackServer) -> None:
    # /custom-fields was seen answering without paging headers: a short page is the only end marker.
    contacts = Contacts(5)
    contacts.headers = False
    server.handler = contacts
    assert len(list(client.contacts.list(per_page=2))) == 5
    assert pages_asked(server) == [1, 2, 3]


# -- a collection that changes during the walk ----------------------------------------------------------------------


def test_deletions_during_a_walk_warn(client: GetResponse, server: LoopbackServer) -> None:
    # Measured before: 5 contacts deleted between pages made 5 others vanish from the walk, silently.
    contacts = Contacts(30)
    contacts.between_pages = lambda number: contacts.delete(*[f"c{i:03}" for i in range(5)]) if number == 2 else None
    server.handler = contacts
    with pytest.warns(PaginationDriftWarning, match="TotalCount changed from 30 to 25 at page 2"):
        seen = ids(client.contacts.list(per_page=10))
    # What an offset walk sees: the 5 contacts after page 1 moved onto it once 5 before them went, and were skipped.
    assert [f"c{i:03}" for i in range(10, 15)] == sorted({row["contactId"] for row in contacts.rows} - set(seen))


def test_strict_walks_raise_instead_of_warning(client: GetResponse, server: LoopbackServer) -> None:
    contacts = Contacts(30)
    contacts.between_pages = lambda number: contacts.delete("c000") if number == 2 else None
    server.handler = contacts
    first = client.contacts.list(per_page=10)
    with pytest.raises(PaginationDriftError, match="TotalCount changed from 30 to 29"):
        list(first.iter_items(strict=True))


def test_an_empty_page_before_the_last_warns(client: GetResponse, server: LoopbackServer) -> None:
    # Measured before: an empty page mid-way with TotalPages=3 dropped 20 of 30 silently.
    def answer(seen: Seen) -> Reply:
        number = int(seen.query["page"][0])
        items = [{"contactId": f"c{i}"} for i in range(10)] if number == 1 else []
        return Reply(200, items, {"TotalCount": "30", "TotalPages": "3", "CurrentPage": str(number)})

    server.handler = answer
    with pytest.warns(PaginationDriftWarning, match="page 2 of 3 came back empty"):
        assert len(list(client.contacts.list(per_page=10))) == 10


def test_a_shrinking_total_warns(client: GetResponse, server: LoopbackServer) -> None:
    # Measured before: a TotalPages shrinking from 5 to 3 mid-walk dropped 30 of 50 silently.
    contacts = Contacts(50)
    contacts.between_pages = lambda number: contacts.delete(*[f"c{i:03}" for i in range(20)]) if number == 2 else None
    server.handler = contacts
    with pytest.warns(PaginationDriftWarning, match="TotalCount changed from 50 to 30"):
        list(client.contacts.list(per_page=10))


def test_the_consistent_walk_loses_nothing_that_existed_throughout(client: GetResponse, server: LoopbackServer) -> None:
    contacts = Contacts(30)
    before = {row["contactId"] for row in contacts.rows}
    deleted = {f"c{i:03}" for i in range(5)} | {"c017"}

    def change(number: int) -> None:
        if len(server.seen) == 3:  # after the walk's first page: delete some seen and some not seen yet, add two
            contacts.delete(*deleted)
            contacts.insert("new-early", 3)
            contacts.insert("new-late", 99)

    contacts.between_pages = change
    server.handler = contacts
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the consistent walk does not warn: it loses nothing
        walked = ids(client.contacts.list(per_page=10, query_list_id="L1").iter_consistent())
    assert len(walked) == len(set(walked))  # nothing twice
    assert (before - deleted) <= set(walked)  # every contact that existed throughout
    assert "new-late" in walked  # created after the cursor: reached
    first = server.seen[1]  # the walk restarts: sorted by creation time, the caller's filters kept
    assert first.query["sort[createdOn]"] == ["ASC"] and first.query["query[campaignId]"] == ["L1"]
    assert "query[createdOn][from]" in server.seen[2].query


def test_the_consistent_walk_gets_past_a_full_page_of_one_second(client: GetResponse, server: LoopbackServer) -> None:
    contacts = Contacts(25, same_second=12)  # 12 contacts per creation second, pages of 5
    server.handler = contacts
    walked = ids(client.contacts.list(per_page=5).iter_consistent())
    assert walked == [row["contactId"] for row in contacts.rows]


def test_the_consistent_walk_survives_deletions_among_one_seconds_items(
    client: GetResponse, server: LoopbackServer
) -> None:
    # An import creates many contacts in the same second: the walk pages by offset among them, so a deletion
    # there shifts the offsets; it must read that second again rather than skip a contact.
    contacts = Contacts(30, same_second=30)
    contacts.between_pages = lambda number: contacts.delete("c003") if len(server.seen) == 4 else None
    server.handler = contacts
    walked = ids(client.contacts.list(per_page=10).iter_consistent())
    assert len(walked) == len(set(walked))
    assert {row["contactId"] for row in contacts.rows} <= set(walked)  # c010, shifted onto page 1, not skipped


def test_the_consistent_walk_asks_for_what_it_orders_by(client: GetResponse, server: LoopbackServer) -> None:
    contacts = Contacts(12)
    server.handler = contacts
    walked = ids(client.contacts.list(per_page=5, fields="email").iter_consistent())
    assert len(walked) == 12
    assert server.seen[-1].query["fields"] == ["email,createdOn,contactId"]

    server.handler = lambda seen: Reply(200, [{"contactId": "c1", "email": "a@example.com"}] * 2)
    with pytest.raises(PaginationError, match="an item without 'createdOn' or 'contactId'"):
        list(client.contacts.list(per_page=2).iter_consistent())


def test_a_server_ignoring_the_since_filter_stops_the_consistent_walk(
    client: GetResponse, server: LoopbackServer
) -> None:
    rows = [{"contactId": f"c{i}", "createdOn": when(i)} for i in range(4)]
    server.handler = lambda seen: Reply(200, rows[:2] if seen.query.get("page") == ["1"] else rows[2:])
    with pytest.raises(PaginationError, match="ignored the filter or the sort"):
        list(client.contacts.list(per_page=2).iter_consistent())


def test_only_lists_with_a_creation_order_walk_consistently(client: GetResponse, server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(200, [], {"TotalPages": "1"})
    with pytest.raises(TypeError, match="cannot be walked consistently"):
        client.custom_fields.list().iter_consistent()


def test_async_consistent_walk(server: LoopbackServer) -> None:
    contacts = Contacts(23)
    server.handler = contacts

    async def walk() -> list[str]:
        async with AsyncGetResponse(api_key="k", base_url=server.url + "/v3") as gr:
            return [c.contact_id async for c in gr.contacts.list(per_page=5).iter_consistent()]

    assert asyncio.run(walk()) == [row["contactId"] for row in contacts.rows]


# -- per_page and prefetch --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("per_page", [0, 1001, -1, True, "10"])
def test_per_page_is_checked_before_anything_is_sent(
    client: GetResponse, server: LoopbackServer, per_page: Any
) -> None:
    # The live API answers perPage=0 with a page instead of an error.
    with pytest.raises(ValueError, match="per_page must be a whole number from 1 to 1000"):
        client.contacts.list(per_page=per_page)
    assert server.seen == []


class Slow(Contacts):
    """Contacts that take 20 ms per page, counting requests in flight."""

    def __call__(self, seen: Seen) -> Reply:
        time.sleep(0.02)
        return super().__call__(seen)


def test_prefetch_fetches_ahead_and_keeps_the_order(client: GetResponse, server: LoopbackServer) -> None:
    contacts = Slow(200)
    server.handler = contacts
    pages = list(client.contacts.list(per_page=10).iter_pages(prefetch=5))
    assert [page.current_page for page in pages] == list(range(1, 21))
    assert [c.contact_id for page in pages for c in page.items] == [row["contactId"] for row in contacts.rows]
    assert 2 <= server.max_in_flight <= 5
    assert sorted(pages_asked(server)) == list(range(1, 21))  # each page once, none past the last


def test_prefetching_threads_fetch_and_the_walking_thread_parses(
    client: GetResponse, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Parsing holds the GIL: in the prefetching threads it made them wait for each other (see pagination.py).
    from getresponse_runtime import resource

    parsed_in: list[str] = []
    parse = resource._parsed_response

    def recording(cast_to: Any, *args: Any, **kwargs: Any) -> Any:
        if cast_to is not None:  # (the fetching threads' responses go by unparsed)
            parsed_in.append(threading.current_thread().name)
        return parse(cast_to, *args, **kwargs)

    monkeypatch.setattr(resource, "_parsed_response", recording)
    server.handler = Slow(60)
    contacts = [c.contact_id for c in client.contacts.list(per_page=10).iter_items(prefetch=3)]
    assert len(contacts) == 60 and server.max_in_flight >= 2
    assert parsed_in == [threading.current_thread().name] * 6


def test_async_prefetch(server: LoopbackServer) -> None:
    contacts = Slow(95)
    server.handler = contacts

    async def walk() -> list[str]:
        async with AsyncGetResponse(api_key="k", base_url=server.url + "/v3") as gr:
            first = await gr.contacts.list(per_page=10)
            return [c.contact_id async for c in first.iter_items(prefetch=4)]

    assert asyncio.run(walk()) == [row["contactId"] for row in contacts.rows]
    assert 2 <= server.max_in_flight <= 4


@pytest.mark.parametrize("prefetch", [-1, 1.5, True])
def test_prefetch_must_be_a_page_count(client: GetResponse, server: LoopbackServer, prefetch: Any) -> None:
    server.handler = Contacts(3)
    with pytest.raises(ValueError, match="prefetch must be a whole number of pages"):
        client.contacts.list().iter_pages(prefetch=prefetch)


# -- 2xx bodies that do not fit -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "what"), [("null", "null"), ("true", "a boolean"), ("5", "a number"), ("{}", "an object")]
)
def test_a_list_endpoint_answering_a_non_list_is_a_typed_error(
    client: GetResponse, server: LoopbackServer, body: str, what: str
) -> None:
    # Measured before: null/true/5 raised a raw TypeError, and {} became an empty list.
    server.handler = lambda seen: Reply(200, body.encode(), {"Content-Type": "application/json"})
    with pytest.raises(ResponseValidationError, match=f"expected a JSON array of ContactListElement, got {what}") as e:
        client.contacts.list()
    assert e.value.raw_body == body
    assert e.value.body == __import__("json").loads(body)
    assert e.value.http_status == 200

    raw = client.contacts.with_raw_response.list()  # the body is not lost
    assert raw.status_code == 200 and raw.text == body
    assert isinstance(raw.parse_error, ResponseValidationError)
    with pytest.raises(ResponseValidationError):
        _ = raw.parsed


def test_a_model_endpoint_answering_a_list_is_a_typed_error(client: GetResponse, server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(200, [{"contactId": "V"}])
    with pytest.raises(ResponseValidationError, match="expects a JSON object, got list") as caught:
        client.contacts.get("V")
    assert caught.value.body == [{"contactId": "V"}]
    raw = client.contacts.with_raw_response.get("V")
    assert raw.json() == [{"contactId": "V"}]


def test_async_raw_list_keeps_a_body_that_does_not_fit(server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(200, b"null", {"Content-Type": "application/json"})

    async def call() -> Any:
        async with AsyncGetResponse(api_key="k", base_url=server.url + "/v3", max_retries=0) as gr:
            return await gr.contacts.with_raw_response.list()

    raw = asyncio.run(call())
    assert raw.text == "null"
    with pytest.raises(ResponseValidationError):
        _ = raw.parsed
