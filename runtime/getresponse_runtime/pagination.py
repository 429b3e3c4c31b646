"""Pages of a GetResponse list endpoint, and walks across all of them that lose nothing without saying so.

GetResponse pages lists with the ``page`` (from 1) and ``perPage`` (1 to 1000) query parameters and describes the
result in the ``TotalCount``, ``TotalPages`` and ``CurrentPage`` response headers; a page past the end is an empty
list. Some answers carry none of these headers (``/custom-fields`` was seen without them): then a short or empty
page is the only end marker.

A `Page` holds one page's items. ``len(page)``, ``page[i]`` and ``page.items`` are about that page only, while
``for item in page`` walks every item of this page and then of each later page, fetched one at a time when the
iteration reaches it; only the page being walked is kept, so memory stays flat however many pages there are.
`iter_pages()` walks page by page the same way, optionally fetching up to ``prefetch`` pages ahead at once.
Each walk fetches the later pages afresh (nothing is cached), so walking twice asks twice. `AsyncPage` is the
asyncio mirror (``async for``, ``await page.next_page()``).

How a walk moves on, and what it checks:

* it counts pages itself (the page after page ``n`` is ``n + 1``, whatever ``CurrentPage`` says), so it never asks
  for the same page twice;
* it ends at an empty page; at ``TotalPages`` when the answer states it; and, when it does not, at a page shorter
  than ``perPage``;
* a server that answers a later page with the page before it (a stuck ``CurrentPage``, or a ``page`` parameter it
  ignores) raises `RepeatedPageError` at once instead of looping for ever;
* a collection that changes during the walk can make an offset walk skip or repeat items: the walk remembers the
  first page's ``TotalCount`` and warns with `PaginationDriftWarning` when it changes, or when a page before the
  last comes back short or empty (``strict=True`` raises `PaginationDriftError` instead).

For an export that must see every item that exists throughout the walk, `Page.iter_consistent()` (on lists that
can be sorted and filtered by creation time, such as ``contacts.list``) orders by creation time and asks each time
for the items created at or after the last one seen, skipping those already seen: insertions and deletions during
the walk then neither skip nor repeat the items that were there all along.

Building one (what `SyncResource._page` does for every list method)::

    def fetch(number: int, overrides: Mapping[str, Any] | None = None) -> Page[Contact]:
        response = transport.send({"method": "GET", "url": "/contacts", "params": {**query, "page": number}})
        items = [Contact.from_dict(item) for item in decode_json(response)]
        return Page(items, RawResponse(response, items), fetch=fetch, page=number, per_page=100)

    first = fetch(requested_page)

``page`` is the page number that was asked for; it stands in for a missing ``CurrentPage`` header. ``per_page``
is the ``perPage`` that was sent (None: unknown). A page returned by ``fetch`` inherits the callback, its page
number and ``per_page`` when it was built without them. ``overrides`` (query parameters by wire name, replacing
the listing's own) is used by the consistent walk only; a ``fetch`` that does not take it still walks.
"""

from __future__ import annotations

import datetime
import os
import sys
import warnings
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar, overload

from .errors import (
    NoNextPageError,
    PaginationDriftError,
    PaginationDriftWarning,
    PaginationError,
    RepeatedPageError,
)
from .responses import RawResponse

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures

__all__ = ["MAX_PREFETCH", "AsyncPage", "ConsistentOrder", "Page"]

T = TypeVar("T")
_P = TypeVar("_P", bound="_PageBase[Any]")

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))

# Pages fetched ahead at most: GetResponse allows 10 requests in flight per API key.
MAX_PREFETCH = 10


def _header_int(raw: RawResponse[Any], name: str) -> int | None:
    value = raw.headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


@dataclass(frozen=True)
class ConsistentOrder:
    """How a list can be walked in a stable order (see `Page.iter_consistent`), by wire names.

    Attributes:
        sort: the sort parameter of the creation time (``sort[createdOn]``); sent as ``ASC``.
        since: the filter that keeps items created at or after a time (``query[createdOn][from]``).
        timestamp: the item field holding the creation time (``createdOn``).
        id: the item field holding its id (``contactId``).
    """

    sort: str
    since: str
    timestamp: str
    id: str

    def overrides(self, params_sent: Mapping[str, Any], cursor: str | None) -> dict[str, Any]:
        """The query to send: the listing's own filters, sorted by creation time only, from ``cursor`` on."""
        overrides: dict[str, Any] = {name: None for name in params_sent if name.startswith("sort[")}
        overrides[self.sort] = "ASC"
        if cursor is not None:
            overrides[self.since] = cursor
        return overrides


def _earlier(created: Any, cursor: str) -> bool:
    """Whether ``created`` is before ``cursor``, both as GetResponse writes times (offsets as +0000)."""
    try:
        return _aware(datetime.datetime.fromisoformat(str(created))) < _aware(datetime.datetime.fromisoformat(cursor))
    except ValueError:
        return str(created) < cursor


def _aware(moment: datetime.datetime) -> datetime.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


def _field(item: Any, name: str) -> Any:
    """A field of an item by wire name: from a parsed model's JSON object, or from a plain dict."""
    wire = getattr(item, "_wire", None)
    source = wire if wire is not None else item
    return source.get(name) if isinstance(source, Mapping) else None


class _PageBase(Generic[T]):
    __slots__ = ("__weakref__", "_items", "_order", "_params", "_per_page", "_raw", "_requested_page")
    _fetch: Any  # each subclass's slot: page n of the same listing (sync or async), or None

    def __init__(
        self,
        items: list[T],
        raw: RawResponse[list[T]],
        *,
        page: int | None = None,
        per_page: int | None = None,
        order: ConsistentOrder | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self._items = items
        self._raw = raw
        self._requested_page = page
        self._per_page = per_page
        self._order = order
        self._params = params

    @property
    def items(self) -> list[T]:
        """This page's items."""
        return self._items

    @property
    def raw(self) -> RawResponse[list[T]]:
        """The response this page came from (headers, status, body)."""
        return self._raw

    @property
    def total_count(self) -> int | None:
        """``TotalCount``: items on all pages."""
        return _header_int(self._raw, "TotalCount")

    @property
    def total_pages(self) -> int | None:
        """``TotalPages``: number of pages."""
        return _header_int(self._raw, "TotalPages")

    @property
    def current_page(self) -> int | None:
        """``CurrentPage``, or the page number that was requested when the header is missing."""
        number = _header_int(self._raw, "CurrentPage")
        return number if number is not None else self._requested_page

    @property
    def per_page(self) -> int | None:
        """The ``perPage`` that was sent (None when unknown)."""
        return self._per_page

    def _is_short(self) -> bool:
        return self._per_page is not None and len(self._items) < self._per_page

    def _has_next(self, can_fetch: bool) -> bool:
        if not can_fetch or not self._items or self._requested_page is None:
            return False
        total = self.total_pages
        if total is None:
            return not self._is_short()
        return self._requested_page < total

    def _fetched(self, number: int, following: _P) -> _P:
        """``following``, fetched as page ``number`` of this listing: it takes from this page what it was built
        without (the fetch callback, its number, perPage, the consistent order), and must not be this page again."""
        if following._fetch is None:
            following._fetch = self._fetch
        if following._requested_page is None:
            following._requested_page = number
        if following._per_page is None:
            following._per_page = self._per_page
        if following._order is None:
            following._order = self._order
            following._params = self._params
        self._check_not_repeated(following)
        return following

    def _check_not_repeated(self, following: _PageBase[T]) -> None:
        """Raise when ``following`` (the next page) is this page again: the server ignores the page number."""
        requested, stated = following._requested_page, _header_int(following._raw, "CurrentPage")
        if stated is not None and requested is not None and stated != requested:
            raise RepeatedPageError(
                f"asked for page {requested}, the server answered CurrentPage {stated}: it does not page this "
                f"list, and walking on would repeat items for ever"
            )
        if following._items and following._raw.content == self._raw.content:
            raise RepeatedPageError(
                f"page {requested} came back identical to page {self._requested_page}: the server ignores the "
                f"page parameter, and walking on would repeat items for ever"
            )

    def _consistent_order(self) -> ConsistentOrder:
        if self._order is None:
            raise TypeError(
                "this list cannot be walked consistently: its endpoint has no creation-time sort and filter "
                "(walk it with iter_pages(), which warns when the collection changes)"
            )
        return self._order

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self._items[index]

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} current_page={self.current_page} total_pages={self.total_pages} "
            f"total_count={self.total_count} items={len(self._items)}>"
        )


class _DriftCheck:
    """What a walk remembers of its first page, to tell when the collection changed under it."""

    __slots__ = ("_strict", "_total_count", "_warned")

    def __init__(self, first: _PageBase[Any], strict: bool) -> None:
        self._total_count = first.total_count
        self._strict = strict
        self._warned = False

    def check(self, page: _PageBase[Any]) -> None:
        count = page.total_count
        if count is not None and self._total_count is not None and count != self._total_count:
            self._drift(
                f"TotalCount changed from {self._total_count} to {count} at page {page._requested_page}: items "
                f"were added or removed during the walk, so some may have been skipped or seen twice"
            )
        total = page.total_pages
        number = page._requested_page
        if total is not None and number is not None and number < total and page._is_short():
            what = "empty" if not page._items else f"short ({len(page._items)} of {page._per_page})"
            self._drift(
                f"page {number} of {total} came back {what}: the list shrank during the walk, so items after "
                f"it may have been skipped"
            )

    def _drift(self, what: str) -> None:
        message = what + " (use iter_consistent() for a walk that loses nothing)"
        if self._strict:
            raise PaginationDriftError(message)
        if not self._warned:  # one warning per walk: the first sign is enough
            self._warned = True
            warnings.warn(message, PaginationDriftWarning, stacklevel=_first_caller_frame())


def _first_caller_frame() -> int:
    """The stacklevel of the first frame outside this package, so that the warning points at the caller's loop."""
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame, level = frame.f_back, level + 1
    return level


def _clamp_prefetch(prefetch: int) -> int:
    if isinstance(prefetch, bool) or not isinstance(prefetch, int) or prefetch < 0:
        raise ValueError(f"prefetch must be a whole number of pages from 0 to {MAX_PREFETCH}; got {prefetch!r}")
    return min(prefetch, MAX_PREFETCH)


class TwoStepFetch(Generic[T]):
    """A listing's fetch that can also fetch without parsing: ``fetch(n)`` is page ``n``; ``fetch.unparsed(n)``
    only fetches it and returns what parses it into the page (prefetching threads fetch, the walking thread
    parses). Any other ``fetch(n, overrides=None) -> Page`` works too, parsing where it fetches."""

    __slots__ = ("_fetch", "unparsed")

    def __init__(
        self, fetch: Callable[..., Page[T]], unparsed: Callable[[int], Callable[[], Page[T]]] | None = None
    ) -> None:
        self._fetch = fetch
        self.unparsed = unparsed

    def __call__(self, number: int, overrides: Mapping[str, Any] | None = None) -> Page[T]:
        return self._fetch(number, overrides)


class Page(_PageBase[T]):
    """One page of a list endpoint; iterating it walks this and every later page (see the module docstring).

    Args:
        items: this page's parsed items.
        raw: the response, as `RawResponse` of the items.
        fetch: ``fetch(n)`` returns page ``n`` of the same listing (same filters, same perPage); None when the
            page stands alone.
        page: the page number that was requested.
        per_page: the ``perPage`` that was sent.
        order: how the listing can be walked consistently (`iter_consistent`), if it can.
        params: the query the listing sent (without ``page``), for `iter_consistent`.
    """

    __slots__ = ("_fetch",)
    _fetch: Callable[..., Page[T]] | None

    def __init__(
        self,
        items: list[T],
        raw: RawResponse[list[T]],
        *,
        fetch: Callable[..., Page[T]] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        order: ConsistentOrder | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(items, raw, page=page, per_page=per_page, order=order, params=params)
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """True when a later page may hold items: this page is not empty and is not the last one."""
        return self._has_next(self._fetch is not None)

    def next_page(self) -> Page[T]:
        """Fetch the page after this one; raises `NoNextPageError` when `has_next_page()` is False, and
        `RepeatedPageError` when the server answers with this page again."""
        if not self.has_next_page() or self._fetch is None or self._requested_page is None:
            raise NoNextPageError(f"no page after page {self.current_page} of {self.total_pages}")
        return self._fetched(self._requested_page + 1, self._fetch(self._requested_page + 1))

    def iter_pages(self, *, strict: bool = False, prefetch: int = 0) -> Iterator[Page[T]]:
        """This page, then each later page, fetched lazily.

        Args:
            strict: raise `PaginationDriftError` instead of warning when the collection changes during the walk.
            prefetch: fetch up to this many pages ahead at once (at most 10, GetResponse's limit of requests in
                flight), on worker threads; pages still come in order. 0: one page at a time.
        """
        return _iter_pages(self, strict, _clamp_prefetch(prefetch))

    def iter_items(self, *, strict: bool = False, prefetch: int = 0) -> Iterator[T]:
        """Every item of this and every later page (``for item in page`` with the options of `iter_pages`)."""
        return _iter_items(self, strict, _clamp_prefetch(prefetch))

    def iter_consistent(self) -> Iterator[T]:
        """Every item of the listing, in creation order, such that items added or removed during the walk make
        no item that existed throughout it skipped or repeated (see the module docstring).

        The walk starts afresh from the first item with the listing's own filters (its sort is replaced by the
        creation time, ascending). Raises TypeError for a listing that cannot be sorted and filtered by creation
        time.
        """
        return _iter_consistent(self, self._consistent_order())

    def __iter__(self) -> Iterator[T]:
        return _iter_items(self, False, 0)


class AsyncPage(_PageBase[T]):
    """The asyncio mirror of `Page`: ``async for item in page`` walks all pages; ``await page.next_page()``."""

    __slots__ = ("_fetch",)
    _fetch: Callable[..., Awaitable[AsyncPage[T]]] | None

    def __init__(
        self,
        items: list[T],
        raw: RawResponse[list[T]],
        *,
        fetch: Callable[..., Awaitable[AsyncPage[T]]] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        order: ConsistentOrder | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(items, raw, page=page, per_page=per_page, order=order, params=params)
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """True when a later page may hold items: this page is not empty and is not the last one."""
        return self._has_next(self._fetch is not None)

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one; raises `NoNextPageError` when `has_next_page()` is False, and
        `RepeatedPageError` when the server answers with this page again."""
        if not self.has_next_page() or self._fetch is None or self._requested_page is None:
            raise NoNextPageError(f"no page after page {self.current_page} of {self.total_pages}")
        return self._fetched(self._requested_page + 1, await self._fetch(self._requested_page + 1))

    def iter_pages(self, *, strict: bool = False, prefetch: int = 0) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each later page, fetched lazily (``async for page in first.iter_pages()``); ``strict``
        and ``prefetch`` (as tasks) as in `Page.iter_pages`."""
        return _aiter_pages(self, strict, _clamp_prefetch(prefetch))

    def iter_items(self, *, strict: bool = False, prefetch: int = 0) -> AsyncIterator[T]:
        """Every item of this and every later page, with the options of `iter_pages`."""
        return _aiter_items(self, strict, _clamp_prefetch(prefetch))

    def iter_consistent(self) -> AsyncIterator[T]:
        """The asyncio mirror of `Page.iter_consistent`."""
        return _aiter_consistent(self, self._consistent_order())

    def __aiter__(self) -> AsyncIterator[T]:
        return _aiter_items(self, False, 0)

    def __iter__(self) -> NoReturn:
        raise TypeError("use 'async for' to walk all pages of an AsyncPage, or '.items' for this page's items")


# Module-level generators drop their reference to the first page once past it, so a page is freed as soon as the
# iteration moves on (a generator method would keep `self`, the first page, alive to the end).


def _iter_pages(first: Page[T], strict: bool, prefetch: int) -> Iterator[Page[T]]:
    drift = _DriftCheck(first, strict)
    page = first
    del first
    drift.check(page)
    yield page
    if prefetch > 0:
        yield from _prefetched_pages(page, drift, prefetch)
        return
    while page.has_next_page():
        page = page.next_page()
        drift.check(page)
        yield page


def _prefetched_pages(page: Page[T], drift: _DriftCheck, prefetch: int) -> Iterator[Page[T]]:
    """The pages after ``page``, up to ``prefetch`` of them requested at once, yielded in order."""
    import concurrent.futures  # imported on use: it costs start-up time to every client

    fetch = page._fetch
    if fetch is None or not page.has_next_page():
        return
    # A resource's fetch can leave the parsing to this thread: parsing in ten threads at once made them wait for the
    # GIL (with bare httpx and orjson, 100 pages of 1000 took 0.78 s parsed in the threads, 0.41-0.45 s parsed here).
    unparsed = fetch.unparsed if isinstance(fetch, TwoStepFetch) else None
    with concurrent.futures.ThreadPoolExecutor(prefetch, thread_name_prefix="getresponse-prefetch") as pool:
        pending: deque[concurrent.futures.Future[Any]] = deque()  # pages, or what parses one (unparsed)
        number = page._requested_page or 1
        try:
            while True:
                last = page.total_pages  # never ask beyond the last page the latest answer states
                while len(pending) < prefetch and (last is None or number + len(pending) < last):
                    pending.append(pool.submit(unparsed or fetch, number + len(pending) + 1))
                if not pending:
                    return
                number += 1
                fetched = pending.popleft().result()
                page = page._fetched(number, fetched() if unparsed else fetched)
                drift.check(page)
                yield page
                if not page.has_next_page():
                    return
        finally:
            for future in pending:  # the walk stopped early: pages not started are not fetched
                future.cancel()


def _iter_items(first: Page[T], strict: bool, prefetch: int) -> Iterator[T]:
    pages = _iter_pages(first, strict, prefetch)
    del first
    for page in pages:
        yield from page.items


def _iter_consistent(first: Page[T], order: ConsistentOrder) -> Iterator[T]:
    fetch = first._fetch
    if fetch is None:
        raise TypeError("this page stands alone (no fetch): it cannot be walked")
    walk = _ConsistentWalk(order, first._params or {})
    del first
    number: int | None = 1
    while number is not None:
        page = fetch(number, walk.query())
        yield from walk.fresh(page.items)
        number = walk.after(page, number)


class _ConsistentWalk:
    """The state of a consistent walk (see `Page.iter_consistent`), apart from fetching.

    Each query asks for the items created at or after ``anchor``, oldest first. Once a page ends later than the
    anchor, the next query starts from that page's last creation time: nothing before it can shift into view.
    Only while a page is full of items created in the very same second does the walk page by offset within one
    query; if the query's ``TotalCount`` moves then, offsets have shifted, so the query is read again from its
    first page and the ids already seen drop the repeats.
    """

    __slots__ = ("_order", "_params", "_previous_total", "_restarts", "anchor", "cursor", "seen")

    MAX_RESTARTS = 10  # a collection changing faster than the walk can read one second's items

    def __init__(self, order: ConsistentOrder, params: Mapping[str, Any]) -> None:
        self._order = order
        self._params = params
        self.anchor: str | None = None  # what the current query starts from (None: the listing's own filters)
        self.cursor: str | None = None  # the creation time of the last item yielded
        self.seen: dict[Any, str] = {}  # id -> creation time of the items yielded since the anchor
        self._previous_total: int | None = None
        self._restarts = 0

    def query(self) -> dict[str, Any]:
        overrides = self._order.overrides(self._params, self.anchor)
        fields = self._params.get("fields")
        if isinstance(fields, str) and fields:  # a partial answer must still carry what the walk orders by
            names = [*fields.split(","), self._order.timestamp, self._order.id]
            overrides["fields"] = ",".join(dict.fromkeys(name.strip() for name in names if name.strip()))
        return overrides

    def fresh(self, items: list[T]) -> list[T]:
        """The items not seen yet, in order; the cursor moves to the last one's creation time."""
        timestamp, id_field = self._order.timestamp, self._order.id
        fresh: list[T] = []
        for item in items:
            created, item_id = _field(item, timestamp), _field(item, id_field)
            if not isinstance(created, str) or item_id is None:
                raise PaginationError(
                    f"an item without {timestamp!r} or {id_field!r} came back: the consistent walk orders by them, "
                    f"so it cannot go on (an answer narrowed by fields= must include them)"
                )
            if item_id in self.seen:
                continue
            if self.anchor is not None and _earlier(created, self.anchor):
                raise PaginationError(
                    f"an item created at {created!r} came back for {self._order.since}={self.anchor!r}: the server "
                    f"ignored the filter or the sort ({self._order.sort}), so the walk cannot go on safely"
                )
            self.seen[item_id] = created
            self.cursor = created
            fresh.append(item)
        return fresh

    def after(self, page: _PageBase[Any], number: int) -> int | None:
        """The page number to ask for next (of `query()`), or None when the walk is over."""
        total = page.total_count
        shifted = number > 1 and None not in (total, self._previous_total) and total != self._previous_total
        self._previous_total = total
        if shifted:
            self._restarts += 1
            if self._restarts > self.MAX_RESTARTS:
                raise PaginationError(
                    f"the items created at {self.anchor!r} kept changing while the walk read them "
                    f"({self.MAX_RESTARTS} re-reads); try again later"
                )
            self._previous_total = None
            return 1
        if not page.items or page._is_short() or _is_last(page, number):
            return None
        if self.cursor != self.anchor:  # a new query from the last creation time seen
            self.anchor = self.cursor
            self.seen = {key: created for key, created in self.seen.items() if created == self.cursor}
            self._previous_total = None
            self._restarts = 0
            return 1
        return number + 1


def _is_last(page: _PageBase[Any], number: int) -> bool:
    total = page.total_pages
    return total is not None and number >= total


async def _aiter_pages(first: AsyncPage[T], strict: bool, prefetch: int) -> AsyncIterator[AsyncPage[T]]:
    drift = _DriftCheck(first, strict)
    page = first
    del first
    drift.check(page)
    yield page
    if prefetch > 0:
        async for following in _aprefetched_pages(page, drift, prefetch):
            yield following
        return
    while page.has_next_page():
        page = await page.next_page()
        drift.check(page)
        yield page


async def _aprefetched_pages(page: AsyncPage[T], drift: _DriftCheck, prefetch: int) -> AsyncIterator[AsyncPage[T]]:
    import asyncio  # imported on use: the sync client never needs it

    fetch = page._fetch
    if fetch is None or not page.has_next_page():
        return
    pending: deque[asyncio.Task[AsyncPage[T]]] = deque()
    number = page._requested_page or 1
    try:
        while True:
            last = page.total_pages
            while len(pending) < prefetch and (last is None or number + len(pending) < last):
                pending.append(asyncio.ensure_future(fetch(number + len(pending) + 1)))
            if not pending:
                return
            number += 1
            page = page._fetched(number, await pending.popleft())
            drift.check(page)
            yield page
            if not page.has_next_page():
                return
    finally:
        for task in pending:
            task.cancel()
        if pending:  # let the cancelled fetches finish unwinding, so no connection is left half-used
            await asyncio.gather(*pending, return_exceptions=True)


async def _aiter_items(first: AsyncPage[T], strict: bool, prefetch: int) -> AsyncIterator[T]:
    pages = _aiter_pages(first, strict, prefetch)
    del first
    async for page in pages:
        for item in page.items:
            yield item


async def _aiter_consistent(first: AsyncPage[T], order: ConsistentOrder) -> AsyncIterator[T]:
    fetch = first._fetch
    if fetch is None:
        raise TypeError("this page stands alone (no fetch): it cannot be walked")
    walk = _ConsistentWalk(order, first._params or {})
    del first
    number: int | None = 1
    while number is not None:
        page = await fetch(number, walk.query())
        for item in walk.fresh(page.items):
            yield item
        number = walk.after(page, number)
