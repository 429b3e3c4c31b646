"""Worker: parse one 1000-contact list page into models, in the clean virtualenv of one package.

bench/run.py starts this in a fresh process per package and round (the packages take turns), so each one runs
with only its own modules on the heap, as in an application; it prints one result line. Every variant starts
from the same ``bytes`` and builds its own ``httpx.Response(200, content=...)``, so JSON decoding is included.

* ``ours``: ``getresponse_runtime.resource._parse(ListOf(ContactListElement), response)``, what
  ``client.contacts.list()`` runs on each page (``SyncResource._page`` builds the ``ListOf`` once per listing).
  Our models decode a field on first read, hence the "parse + read every field" figure.
* ``peer`` (getresponse 0.1.4): the tail of ``getresponse._core._Core.request`` for a 200, line for line:
  ``TypeAdapter(return_type).validate_python(response.json())`` with ``return_type=list[ContactListElement]``
  (``resources/contacts.py``); the adapter is built on every call there, and so here. For context, the variant
  ``peer_cached_validate_json`` that the package does not use: one cached adapter, ``validate_json`` on the bytes.
* ``raw``: openapi-python-client 0.29.1's own output, ``api.contacts.get_contact_list._parse_response``.

Each figure is timed with the garbage collector off (timeit's default: the code alone, and steady) and on (what
an application also pays, as parsing builds thousands of objects; noisier, as it depends on when the collector's
full passes fall).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import hashlib
import importlib
import time
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

import httpx

from bench.data import CAMPAIGN_FIELDS, CONTACT_FIELDS, contact_page_bytes
from bench.stats import emit

BODY = contact_page_bytes(1000)
read_contact = attrgetter(*CONTACT_FIELDS, *(f"campaign.{name}" for name in CAMPAIGN_FIELDS))
Parser = Callable[[], list[Any]]


def read_every_field(items: Iterable[Any]) -> None:
    for item in items:
        read_contact(item)


def and_read(parse: Parser) -> Callable[[], None]:
    def parse_and_read() -> None:
        read_every_field(parse())

    return parse_and_read


def ours_parser() -> Parser:
    from getresponse_client.models.contact_list_element import ContactListElement
    from getresponse_runtime.resource import ListOf, _parse

    cast_to = ListOf(ContactListElement)  # the item model of client.contacts.list(), as SyncResource._page wraps it

    def parse() -> list[Any]:
        parsed = _parse(cast_to, httpx.Response(200, content=BODY))
        assert isinstance(parsed, list)
        return parsed

    return parse


def peer_parser() -> Parser:
    type_adapter = importlib.import_module("pydantic").TypeAdapter
    element: Any = importlib.import_module("getresponse.models").ContactListElement
    return_type: Any = list[element]

    def parse() -> list[Any]:
        # getresponse/_core.py, _Core.request after _send(), for a 200 with a body:
        response = httpx.Response(200, content=BODY)
        if response.status_code >= 400:
            raise RuntimeError("unreachable")
        if response.status_code == 204 or not response.content:
            return []
        parsed: list[Any] = type_adapter(return_type).validate_python(response.json())
        return parsed

    return parse


def peer_cached_validate_json_parser() -> Parser:
    element: Any = importlib.import_module("getresponse.models").ContactListElement
    adapter = importlib.import_module("pydantic").TypeAdapter(list[element])

    def parse() -> list[Any]:
        parsed: list[Any] = adapter.validate_json(httpx.Response(200, content=BODY).content)
        return parsed

    return parse


def raw_parser() -> Parser:
    operation = importlib.import_module("getresponse_raw.api.contacts.get_contact_list")
    context = importlib.import_module("getresponse_raw.client").Client(base_url="")

    def parse() -> list[Any]:
        parsed: list[Any] = operation._parse_response(client=context, response=httpx.Response(200, content=BODY))
        return parsed

    return parse


PACKAGES: dict[str, dict[str, Callable[[], Parser]]] = {
    "ours": {"ours": ours_parser},
    "peer": {"peer": peer_parser, "peer_cached_validate_json": peer_cached_validate_json_parser},
    "raw": {"raw": raw_parser},
}


def _comparable(value: Any) -> Any:
    """Enum members, dates and nested models have different classes in each package: compare what they hold."""
    if hasattr(value, "campaign_id"):
        return value.campaign_id
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return getattr(value, "value", value)


def digest(parse: Parser) -> str:
    """What the variant read out of the page, hashed: every variant must read the same, or nothing compares."""
    rows = [tuple(_comparable(value) for value in read_contact(item)) for item in parse()]
    if len(rows) != 1000:
        raise SystemExit(f"parse_speed: parsed {len(rows)} contacts, not 1000")
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def seconds_per_call(func: Callable[[], object], number: int, *, collect: bool) -> float:
    enabled = gc.isenabled()
    (gc.enable if collect else gc.disable)()
    try:
        started = time.perf_counter()
        for _ in range(number):
            func()
        return (time.perf_counter() - started) / number
    finally:
        (gc.enable if enabled else gc.disable)()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="parse a 1000-contact page with one package's models")
    parser.add_argument("--package", choices=sorted(PACKAGES), required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--target-seconds", type=float, default=0.05, help="length of one timing")
    args = parser.parse_args(argv)

    funcs: dict[str, Callable[[], object]] = {}
    digests: dict[str, str] = {}
    for variant, make in PACKAGES[args.package].items():
        parse = make()
        digests[variant] = digest(parse)
        funcs[f"parse/{variant}"] = parse
        funcs[f"parse_read/{variant}"] = and_read(parse)
    numbers: dict[str, int] = {}
    for name, func in funcs.items():  # warm up, then size each timing to about --target-seconds
        func()
        numbers[name] = max(1, round(args.target_seconds / seconds_per_call(func, 3, collect=False)))
    samples: dict[str, list[float]] = {f"{name}/{gc_}": [] for name in funcs for gc_ in ("gc", "nogc")}
    for _ in range(args.rounds):
        for name, func in funcs.items():
            samples[f"{name}/nogc"].append(seconds_per_call(func, numbers[name], collect=False))
            # Longer with the collector on, so each timing spans several of its (rare, costly) full collections.
            samples[f"{name}/gc"].append(seconds_per_call(func, 3 * numbers[name], collect=True))
    emit({"package": args.package, "body_bytes": len(BODY), "digests": digests, "seconds_per_call": samples})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
