"""Worker: walk 100,000 contacts over 100 pages of 1000 from the loopback server; time and memory growth.

Run by bench/run.py in a fresh process per mode, inside the clean virtualenv of getresponse_client:

* ``ours``: ``for c in client.contacts.list(per_page=1000): c.email`` — seconds and resident memory (RSS);
* ``ours-tracemalloc``: the same walk under tracemalloc — the peak of Python allocations above the baseline
  (tracemalloc slows the walk down, so its seconds are not reported);
* ``ours-prefetch``: ``client.contacts.list(per_page=1000).iter_items(prefetch=10)``, the same walk with up to ten
  pages requested ahead (run against a server that answers each page 20 ms late, beside ``ours`` there);
* ``bare``: the same pages with bare httpx (``client.get(...).json()``, touch each ``["email"]``) — a reference
  for the seconds and the memory.

The baseline is taken after a warm-up call (one 1-contact page), so the modules a first call loads
(the models) are not counted as growth: the figure is what holding and walking the pages costs.
RSS is sampled every 1000 contacts from /proc/self/statm (and ru_maxrss where /proc is missing).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import resource
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from bench.stats import emit

MIB = 1024 * 1024
SAMPLE_EVERY = 1000


def rss_bytes() -> int:
    """Current resident set size; falls back to the lifetime peak (ru_maxrss) without /proc."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


PREFETCH = 10


def ours_items(
    root: str, per_page: int, *, prefetch: int = 0
) -> tuple[Callable[[], Iterator[Any]], Callable[[], None]]:
    from getresponse_client import GetResponse

    client = GetResponse(api_key="k", base_url=f"{root}/v3")
    for contact in client.contacts.list(per_page=1, page=1).items:  # warm-up: connection, models
        _ = contact.email
    if prefetch:
        return (lambda: client.contacts.list(per_page=per_page).iter_items(prefetch=prefetch)), client.close
    return (lambda: iter(client.contacts.list(per_page=per_page))), client.close


def bare_items(root: str, per_page: int) -> tuple[Callable[[], Iterator[Any]], Callable[[], None]]:
    client = httpx.Client(base_url=root)
    client.get("/v3/contacts", params={"page": 1, "perPage": 1}).json()  # warm-up: connection

    def walk() -> Iterator[Any]:
        page = 1
        while True:
            response = client.get("/v3/contacts", params={"page": page, "perPage": per_page})
            items = response.json()
            yield from items
            if not items or page >= int(response.headers["TotalPages"]):
                return
            page += 1

    return walk, client.close


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="iterate 100,000 contacts over pages: seconds and memory")
    parser.add_argument("--root", required=True, help="server root, e.g. http://127.0.0.1:8123")
    parser.add_argument("--mode", choices=("ours", "ours-tracemalloc", "ours-prefetch", "bare"), required=True)
    parser.add_argument("--per-page", type=int, default=1000)
    args = parser.parse_args(argv)

    if args.mode == "bare":
        walk, close = bare_items(args.root, args.per_page)
    else:
        walk, close = ours_items(args.root, args.per_page, prefetch=PREFETCH if args.mode == "ours-prefetch" else 0)
    traced = args.mode == "ours-tracemalloc"
    gc.collect()
    if traced:
        tracemalloc.start()
    traced_baseline = tracemalloc.get_traced_memory()[0] if traced else 0
    rss_baseline = rss_bytes()
    rss_peak = rss_baseline
    maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    count = 0
    order = hashlib.sha256()  # the emails in the order walked: every mode must walk the same
    started = time.perf_counter()
    try:
        for item in walk():
            email = item["email"] if args.mode == "bare" else item.email
            order.update(email.encode())
            count += 1
            if count % SAMPLE_EVERY == 0:
                rss_peak = max(rss_peak, rss_bytes())
        seconds = time.perf_counter() - started
        traced_peak = tracemalloc.get_traced_memory()[1] if traced else 0
    finally:
        if traced:
            tracemalloc.stop()
        close()
    maxrss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    emit(
        {
            "mode": args.mode,
            "items": count,
            "order": order.hexdigest(),
            "seconds": None if traced else seconds,
            "rss_growth_mib": (rss_peak - rss_baseline) / MIB,
            "maxrss_growth_mib": (maxrss_after - maxrss_before) / 1024,
            "rss_baseline_mib": rss_baseline / MIB,
            "tracemalloc_peak_growth_mib": (traced_peak - traced_baseline) / MIB if traced else None,
        }
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
