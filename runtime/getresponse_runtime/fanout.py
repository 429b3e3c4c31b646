"""Running many calls at once without going over GetResponse's 10 requests in flight per API key.

``run_concurrently`` (threads, for the sync client) and ``gather_limited`` (asyncio, for the async client) run the
given calls with at most ``max_concurrency`` in flight — clamped to 1..10, GetResponse's parallel limit — and return
the results in the order the calls were given. The input is consumed lazily, so a generator of a million calls
does not create a million pending calls up front.

Failures:

* ``return_exceptions=True``: every call runs; a call that raised an ``Exception`` contributes that exception to
  the result list in its place. Use this for bulk writes, to learn exactly which ones failed.
* ``return_exceptions=False`` (the default) fails fast: once a call raises, no further call is started, the calls
  already in flight are allowed to finish (they may be writes; they are not abandoned half-way), and then the first
  exception raised (in completion order) is raised again. A note on it (``add_note``) says how many other calls
  failed and how many were never started.

``BaseException``s that are not ``Exception`` (KeyboardInterrupt, cancellation) are never collected: they
propagate at once. Cancelling ``gather_limited`` cancels the calls in flight and closes the coroutines of a list
(or other sized input) that were never started, so none is left "never awaited".
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterable, Sized
from typing import Literal, TypeVar, overload

__all__ = ["MAX_CONCURRENCY", "gather_limited", "run_concurrently"]

T = TypeVar("T")

MAX_CONCURRENCY = 10


def _clamp(max_concurrency: int) -> int:
    return max(1, min(MAX_CONCURRENCY, int(max_concurrency)))


def _note(error: BaseException, *, other_failures: int, not_started: int | None) -> None:
    parts = []
    if other_failures:
        parts.append(f"{other_failures} other call(s) failed too")
    if not_started:
        parts.append(f"{not_started} call(s) were not started")
    elif not_started is None:
        parts.append("calls after this failure were not started")
    if parts:
        error.add_note("; ".join(parts))


@overload
def run_concurrently(
    calls: Iterable[Callable[[], T]], *, max_concurrency: int = ..., return_exceptions: Literal[False] = ...
) -> list[T]: ...


@overload
def run_concurrently(
    calls: Iterable[Callable[[], T]], *, max_concurrency: int = ..., return_exceptions: Literal[True]
) -> list[T | Exception]: ...


def run_concurrently(
    calls: Iterable[Callable[[], T]], *, max_concurrency: int = MAX_CONCURRENCY, return_exceptions: bool = False
) -> list[T] | list[T | Exception]:
    """Call each of ``calls`` in a thread pool, at most ``max_concurrency`` (1..10) at a time; results in order.

    Example: ``run_concurrently([lambda: client.contacts.get(i) for i in ids])`` — note the lambdas must bind
    ``i`` (``lambda i=i: ...``) or use ``functools.partial``.
    """
    workers = _clamp(max_concurrency)
    iterator = iter(calls)
    results: dict[int, T | Exception] = {}
    failures: list[tuple[int, Exception]] = []
    fatal: list[BaseException] = []  # not an Exception (KeyboardInterrupt, SystemExit): raised as it is
    next_index = 0
    lock = threading.Lock()

    # Each of `workers` threads takes the next call until none is left, as gather_limited's tasks do: no future
    # and no wake-up of this thread per call (those made the fan-out a quarter slower than a bare thread pool).
    def worker() -> None:
        nonlocal next_index
        while True:
            with lock:
                if fatal or (failures and not return_exceptions):
                    return
                try:
                    call = next(iterator)
                except StopIteration:
                    return
                index = next_index
                next_index += 1
            try:
                results[index] = call()
            except Exception as exc:
                if return_exceptions:
                    results[index] = exc
                else:
                    with lock:
                        failures.append((index, exc))
            except BaseException as exc:
                with lock:
                    fatal.append(exc)

    import concurrent.futures  # imported on use: it costs start-up time to every client

    with concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="getresponse") as pool:
        for future in [pool.submit(worker) for _ in range(workers)]:
            future.result()

    if fatal:
        raise fatal[0]
    if failures:
        first = failures[0][1]
        not_started = _count_rest(calls, next_index)
        _note(first, other_failures=len(failures) - 1, not_started=not_started)
        raise first
    return [results[index] for index in range(next_index)]


def _count_rest(calls: Iterable[object], started: int) -> int | None:
    """How many calls were never started, when the input has a length (None for a plain iterator)."""
    if isinstance(calls, Sized):
        return max(0, len(calls) - started)
    return None


@overload
async def gather_limited(
    awaitables: Iterable[Awaitable[T]], *, max_concurrency: int = ..., return_exceptions: Literal[False] = ...
) -> list[T]: ...


@overload
async def gather_limited(
    awaitables: Iterable[Awaitable[T]], *, max_concurrency: int = ..., return_exceptions: Literal[True]
) -> list[T | Exception]: ...


async def gather_limited(
    awaitables: Iterable[Awaitable[T]], *, max_concurrency: int = MAX_CONCURRENCY, return_exceptions: bool = False
) -> list[T] | list[T | Exception]:
    """Await each of ``awaitables``, at most ``max_concurrency`` (1..10) at a time; results in order.

    Pass coroutines (``client.contacts.get(i) for i in ids``), not tasks: a task is already running when it is
    created, so no limit applies to it. When the input is a list (or another sized collection), coroutines left
    unstarted after a failure are closed, so Python does not warn that they were never awaited; a generator is
    simply not consumed further.
    """
    workers = _clamp(max_concurrency)
    iterator = iter(awaitables)
    results: dict[int, T | Exception] = {}
    failures: list[Exception] = []
    next_index = 0

    async def worker() -> None:
        nonlocal next_index
        while not failures or return_exceptions:
            try:
                awaitable = next(iterator)
            except StopIteration:
                return
            index = next_index
            next_index += 1
            try:
                results[index] = await awaitable
            except Exception as exc:
                if return_exceptions:
                    results[index] = exc
                else:
                    failures.append(exc)

    import asyncio  # imported on use: the sync client never needs it
    import inspect

    def close_rest() -> int | None:
        """Close the coroutines the caller made but no worker started (no "never awaited" warning); a generator is
        not consumed further. How many there were, for a sized input."""
        if not isinstance(awaitables, Sized):
            return None
        left = 0
        for leftover in iterator:
            left += 1
            if inspect.iscoroutine(leftover):
                leftover.close()
        return left

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(workers):
                group.create_task(worker())
    except BaseException:  # cancelled (or interrupted): what never started is closed, not left pending
        close_rest()
        raise

    if failures:
        _note(failures[0], other_failures=len(failures) - 1, not_started=close_rest())
        raise failures[0]
    return [results[index] for index in range(next_index)]
