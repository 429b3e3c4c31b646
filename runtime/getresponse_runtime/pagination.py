"""Pages of a GetResponse list endpoint, and lazy iteration across all of them.

GetResponse pages lists with the ``page`` (from 1) and ``perPage`` (up to 1000) query parameters and describes the
result in the ``TotalCount``, ``TotalPages`` and ``CurrentPage`` response headers; a page past the end is an empty
list.

A `Page` holds one page's items. ``len(page)``, ``page[i]`` and ``page.items`` are about that page only, while
``for item in page`` walks every item of this page and then of each later page, fetched one at a time when the
iteration reaches it; only the page being walked is kept, so memory stays flat however many pages there are.
Walking stops after the last page (``CurrentPage >= TotalPages``) or at an empty page. `iter_pages()` walks page
by page the same way. Each walk fetches the later pages afresh (nothing is cached), so walking twice asks twice.
`AsyncPage` is the asyncio mirror (``async for``, ``await page.next_page()``).

Building one (what `SyncResource._page` does for every list method)::

    def fetch(number: int) -> Page[Contact]:
        response = transport.send({"method": "GET", "url": "/contacts", "params": {**query, "page": number}})
        items = [Contact.from_dict(item) for item in decode_json(response)]
        return Page(items, RawResponse(response, items), fetch=fetch, page=number)

    first = fetch(requested_page)

``page`` is the page number that was asked for; it stands in for a missing ``CurrentPage`` header. A page returned
by ``fetch`` inherits the callback and its page number when it was built without them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, NoReturn, TypeVar, overload

from .errors import NoNextPageError
from .responses import RawResponse

__all__ = ["AsyncPage", "Page"]

T = TypeVar("T")


def _header_int(raw: RawResponse[Any], name: str) -> int | None:
    value = raw.headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


class _PageBase(Generic[T]):
    __slots__ = ("__weakref__", "_items", "_raw", "_requested_page")

    def __init__(self, items: list[T], raw: RawResponse[list[T]], *, page: int | None = None) -> None:
        self._items = items
        self._raw = raw
        self._requested_page = page

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

    def _has_next(self, can_fetch: bool) -> bool:
        if not can_fetch or not self._items:
            return False
        current = self.current_page
        if current is None:
            return False
        total = self.total_pages
        return total is None or current < total

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


class Page(_PageBase[T]):
    """One page of a list endpoint; iterating it walks this and every later page (see the module docstring).

    Args:
        items: this page's parsed items.
        raw: the response, as `RawResponse` of the items.
        fetch: ``fetch(n)`` returns page ``n`` of the same listing (same filters, same perPage); None when the
            page stands alone.
        page: the page number that was requested.
    """

    __slots__ = ("_fetch",)

    def __init__(
        self,
        items: list[T],
        raw: RawResponse[list[T]],
        *,
        fetch: Callable[[int], Page[T]] | None = None,
        page: int | None = None,
    ) -> None:
        super().__init__(items, raw, page=page)
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """True when a later page may hold items: this page is not empty and is not the last one."""
        return self._has_next(self._fetch is not None)

    def next_page(self) -> Page[T]:
        """Fetch the page after this one; raises `NoNextPageError` when `has_next_page()` is False."""
        if not self.has_next_page() or self._fetch is None:
            raise NoNextPageError(f"no page after page {self.current_page} of {self.total_pages}")
        current = self.current_page
        assert current is not None
        number = current + 1
        following = self._fetch(number)
        if following._fetch is None:
            following._fetch = self._fetch
        if following._requested_page is None:
            following._requested_page = number
        return following

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page, then each later page, fetched lazily."""
        return _iter_pages(self)

    def __iter__(self) -> Iterator[T]:
        return _iter_items(self)


class AsyncPage(_PageBase[T]):
    """The asyncio mirror of `Page`: ``async for item in page`` walks all pages; ``await page.next_page()``."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        items: list[T],
        raw: RawResponse[list[T]],
        *,
        fetch: Callable[[int], Awaitable[AsyncPage[T]]] | None = None,
        page: int | None = None,
    ) -> None:
        super().__init__(items, raw, page=page)
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """True when a later page may hold items: this page is not empty and is not the last one."""
        return self._has_next(self._fetch is not None)

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one; raises `NoNextPageError` when `has_next_page()` is False."""
        if not self.has_next_page() or self._fetch is None:
            raise NoNextPageError(f"no page after page {self.current_page} of {self.total_pages}")
        current = self.current_page
        assert current is not None
        number = current + 1
        following = await self._fetch(number)
        if following._fetch is None:
            following._fetch = self._fetch
        if following._requested_page is None:
            following._requested_page = number
        return following

    def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each later page, fetched lazily (``async for page in first.iter_pages()``)."""
        return _aiter_pages(self)

    def __aiter__(self) -> AsyncIterator[T]:
        return _aiter_items(self)

    def __iter__(self) -> NoReturn:
        raise TypeError("use 'async for' to walk all pages of an AsyncPage, or '.items' for this page's items")


# Module-level generators drop their reference to the first page once past it, so a page is freed as soon as the
# iteration moves on (a generator method would keep `self`, the first page, alive to the end).


def _iter_pages(first: Page[T]) -> Iterator[Page[T]]:
    page = first
    del first
    while True:
        yield page
        if not page.has_next_page():
            return
        page = page.next_page()


def _iter_items(first: Page[T]) -> Iterator[T]:
    pages = _iter_pages(first)
    del first
    for page in pages:
        yield from page.items


async def _aiter_pages(first: AsyncPage[T]) -> AsyncIterator[AsyncPage[T]]:
    page = first
    del first
    while True:
        yield page
        if not page.has_next_page():
            return
        page = await page.next_page()


async def _aiter_items(first: AsyncPage[T]) -> AsyncIterator[T]:
    pages = _aiter_pages(first)
    del first
    async for page in pages:
        for item in page.items:
            yield item
