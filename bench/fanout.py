"""Worker: 1,000 ``contacts.get`` calls, 10 in flight, against the loopback server; ours against bare httpx.

Run by bench/run.py with the server's root URL; prints one result line. Two pairs, taking turns round by round:

* threads: ``run_concurrently([lambda: client.contacts.get("V") ...], max_concurrency=10)`` against bare
  ``httpx.Client`` calls in a ``ThreadPoolExecutor(10)``;
* asyncio: ``gather_limited([client.contacts.get("V") ...], max_concurrency=10)`` on ``AsyncGetResponse`` against
  bare ``httpx.AsyncClient`` calls gathered under an ``asyncio.Semaphore(10)``.

Each figure is the wall time of the 1,000 calls (the median of the rounds).
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import time
from collections.abc import Callable
from typing import Any

import httpx

from bench.stats import emit

CONTACT = "V"
IN_FLIGHT = 10


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="1,000 calls, 10 in flight: ours vs bare httpx")
    parser.add_argument("--root", required=True, help="server root, e.g. http://127.0.0.1:8123")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from getresponse_client import AsyncGetResponse, GetResponse
    from getresponse_runtime.fanout import gather_limited, run_concurrently

    limits = httpx.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=IN_FLIGHT)
    path = f"/v3/contacts/{CONTACT}"
    bare = httpx.Client(base_url=args.root, limits=limits)
    ours = GetResponse(api_key="k", base_url=f"{args.root}/v3")
    pool = concurrent.futures.ThreadPoolExecutor(IN_FLIGHT)

    def bare_threads() -> list[Any]:
        return list(pool.map(lambda _: bare.get(path).json()["email"], range(args.calls)))

    def ours_threads() -> list[Any]:
        calls = [lambda: ours.contacts.get(CONTACT).email] * args.calls
        return run_concurrently(calls, max_concurrency=IN_FLIGHT)

    loop = asyncio.new_event_loop()
    abare = httpx.AsyncClient(base_url=args.root, limits=limits)
    aours = AsyncGetResponse(api_key="k", base_url=f"{args.root}/v3")

    async def bare_gather() -> list[Any]:
        semaphore = asyncio.Semaphore(IN_FLIGHT)

        async def one() -> Any:
            async with semaphore:
                return (await abare.get(path)).json()["email"]

        return list(await asyncio.gather(*(one() for _ in range(args.calls))))

    async def ours_gather() -> list[Any]:
        async def one() -> Any:
            return (await aours.contacts.get(CONTACT)).email

        return await gather_limited((one() for _ in range(args.calls)), max_concurrency=IN_FLIGHT)

    funcs: dict[str, Callable[[], list[Any]]] = {
        "threads/bare": bare_threads,
        "threads/ours": ours_threads,
        "asyncio/bare": lambda: loop.run_until_complete(bare_gather()),
        "asyncio/ours": lambda: loop.run_until_complete(ours_gather()),
    }
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    try:
        for name, func in funcs.items():  # warm-up: connections, modules; every variant reads the same
            if set(func()) != {"contact1@example.com"}:
                raise SystemExit(f"fanout: {name} read something else")
        names = list(funcs)
        for number in range(args.rounds):
            shift = number % len(names)
            for name in names[shift:] + names[:shift]:
                started = time.perf_counter()
                funcs[name]()
                samples[name].append(time.perf_counter() - started)
    finally:
        bare.close()
        ours.close()
        pool.shutdown()
        loop.run_until_complete(abare.aclose())
        loop.run_until_complete(aours.close())
        loop.close()
    emit({"calls": args.calls, "in_flight": IN_FLIGHT, "seconds": samples})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
