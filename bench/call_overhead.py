"""Worker: one GET /v3/contacts/{id} against the loopback server, ours against bare httpx (and raw opc output).

Run by bench/run.py with the server's root URL; prints one result line. The variants take turns round by round
(``--rounds`` x ``--calls``), after a warm-up that opens each one's keep-alive connection and loads its modules.

* bare: ``httpx.Client(base_url=root).get("/v3/contacts/V").json()["email"]``;
* ours: ``GetResponse(api_key="k", base_url=root + "/v3").contacts.get("V").email``;
* raw (context only): openapi-python-client 0.29.1's ``get_contact_by_id.sync(client=..., contact_id="V").email``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from bench.stats import emit

CONTACT = "V"


def time_rounds(
    funcs: dict[str, Callable[[], object]], *, rounds: int, calls: int, max_seconds: float
) -> dict[str, list[float]]:
    """Seconds per call, one figure per round and variant; stops after a whole round once max_seconds passed."""
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    names = list(funcs)
    deadline = time.perf_counter() + max_seconds
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            func = funcs[name]
            started = time.perf_counter()
            for _ in range(calls):
                func()
            samples[name].append((time.perf_counter() - started) / calls)
        if time.perf_counter() > deadline:
            break
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="per-call overhead on loopback: ours vs bare httpx")
    parser.add_argument("--root", required=True, help="server root, e.g. http://127.0.0.1:8123")
    parser.add_argument("--raw-root", help="folder holding the generated getresponse_raw package (optional)")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--max-seconds", type=float, default=45.0)
    args = parser.parse_args(argv)

    from getresponse_client import GetResponse

    bare = httpx.Client(base_url=args.root)
    ours = GetResponse(api_key="k", base_url=f"{args.root}/v3")
    funcs: dict[str, Callable[[], object]] = {
        "bare": lambda: bare.get(f"/v3/contacts/{CONTACT}").json()["email"],
        "ours": lambda: ours.contacts.get(CONTACT).email,
    }
    raw_client: Any = None
    if args.raw_root:
        sys.path.insert(0, args.raw_root)
        raw = importlib.import_module("getresponse_raw")
        operation = importlib.import_module("getresponse_raw.api.contacts.get_contact_by_id")
        raw_client = raw.AuthenticatedClient(base_url=f"{args.root}/v3", token="k")
        funcs["raw"] = lambda: operation.sync(client=raw_client, contact_id=CONTACT).email
    try:
        values = {name: func() for name, func in funcs.items()}
        if len(set(values.values())) != 1:
            raise SystemExit(f"call_overhead: the variants read different emails: {values}")
        for func in funcs.values():
            for _ in range(args.warmup):
                func()
        samples = time_rounds(funcs, rounds=args.rounds, calls=args.calls, max_seconds=args.max_seconds)
    finally:
        bare.close()
        ours.close()
        if raw_client is not None:
            raw_client.get_httpx_client().close()
    emit({"calls_per_round": args.calls, "seconds_per_call": samples})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
