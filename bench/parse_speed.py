"""Worker: parse one 1000-item page into models, in the clean virtualenv of one package.

bench/run.py starts this in a fresh process per package and round (the packages take turns), so each one runs
with only its own modules on the heap, as in an application; it prints one result line. Three pages
(bench/data.py): contacts (GET /contacts), lists (GET /campaigns: flat, a date and an enum) and newsletters
(GET /newsletters: three nested objects, four enums, two dates). Every variant starts from the same ``bytes`` and
builds its own ``httpx.Response(200, content=...)``, so JSON decoding is included.

* ``floor`` (in the ours process): ``httpx.Response(200, content=...).json()`` alone, what any client pays.
* ``ours``: ``getresponse_runtime.resource._parse(ListOf(Model), response)``, what ``client.contacts.list()``
  runs on each page (``SyncResource._page`` builds the ``ListOf`` once per listing), with the ``fast`` extra
  (orjson) installed; ``ours_json`` is the same without it (the stdlib's json).
* ``peer`` (getresponse 0.1.4): the tail of ``getresponse._core._Core.request`` for a 200, line for line:
  ``TypeAdapter(return_type).validate_python(response.json())`` with ``return_type=list[Model]``; the adapter is
  built on every call there, and so here. ``peer_cached_validate_json``, the fastest way to use its models (which
  the package itself does not take): one cached adapter, ``validate_json`` on the bytes.
* ``raw``: openapi-python-client 0.29.1's own output, ``api.contacts.get_contact_list._parse_response``
  (contacts only).

"Read every field" reads every field of every item, and the fields of the nested objects a package parses into
models. Each figure is the parsing thread's CPU time (``time.thread_time``: on a shared machine, what the
code costs, not how long it waited for a core), with the garbage collector off (timeit's default) and on.
"""

from __future__ import annotations

import argparse
import datetime
import enum
import gc
import hashlib
import importlib
import json
import time
from collections.abc import Callable
from operator import attrgetter, itemgetter
from typing import Any

import httpx

from bench.data import CAMPAIGN_FIELDS, CONTACT_FIELDS, LIST_FIELDS, NEWSLETTER_FIELDS, NEWSLETTER_NESTED, page_bytes
from bench.stats import emit

KINDS = ("contacts", "lists", "newsletters")
BODIES = {kind: page_bytes(kind, 1000) for kind in KINDS}
FIELDS: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "contacts": (CONTACT_FIELDS, {"campaign": CAMPAIGN_FIELDS}),
    "lists": (LIST_FIELDS, {}),
    "newsletters": (NEWSLETTER_FIELDS, NEWSLETTER_NESTED),
}
# The item model of each page, by package.
OURS_MODELS = {
    "contacts": "contact_list_element.ContactListElement",
    "lists": "lists_element.ListsElement",
    "newsletters": "newsletter_list_element.NewsletterListElement",
}
PEER_MODELS = {"contacts": "ContactListElement", "lists": "CampaignListElement", "newsletters": "NewsletterListElement"}
Parser = Callable[[], list[Any]]


def _wire_name(field: str) -> str:
    head, *rest = field.split("_")
    return head + "".join(part.title() for part in rest)


def reader(kind: str, sample: Any) -> Callable[[Any], object]:
    """Reads every field of an item and of its nested objects: attributes of a model, keys of a dict (the peer
    leaves some nested objects as dicts: the same values, read the way its user reads them)."""
    fields, nested = FIELDS[kind]
    paths = list(fields)
    from_dicts: list[tuple[attrgetter[Any], itemgetter[Any]]] = []
    for name, inner in nested.items():
        if isinstance(getattr(sample, name), dict):
            from_dicts.append((attrgetter(name), itemgetter(*(_wire_name(field) for field in inner))))
        else:
            paths += [f"{name}.{field}" for field in inner]
    read = attrgetter(*paths)
    if not from_dicts:
        return read

    def read_with_dicts(item: Any) -> object:
        return read(item), [keys(value(item)) for value, keys in from_dicts]

    return read_with_dicts


def ours_parser(kind: str, body: bytes) -> Parser:
    from getresponse_runtime.resource import ListOf, _parse

    module, name = OURS_MODELS[kind].split(".")
    model = getattr(importlib.import_module(f"getresponse_client.models.{module}"), name)
    cast_to = ListOf(model)  # what client.<group>.list() parses each page into

    def parse() -> list[Any]:
        parsed = _parse(cast_to, httpx.Response(200, content=body))
        assert isinstance(parsed, list)
        return parsed

    return parse


def ours_json_parser(kind: str, body: bytes) -> Parser:
    from getresponse_runtime import responses

    responses._loads = lambda: json.loads  # type: ignore[assignment]  # as without the `fast` extra (this process)
    return ours_parser(kind, body)


def floor_parser(kind: str, body: bytes) -> Parser:
    def parse() -> list[Any]:
        parsed: list[Any] = httpx.Response(200, content=body).json()
        return parsed

    return parse


def peer_parser(kind: str, body: bytes) -> Parser:
    type_adapter = importlib.import_module("pydantic").TypeAdapter
    element: Any = getattr(importlib.import_module("getresponse.models"), PEER_MODELS[kind])
    return_type: Any = list[element]

    def parse() -> list[Any]:
        # getresponse/_core.py, _Core.request after _send(), for a 200 with a body:
        response = httpx.Response(200, content=body)
        if response.status_code >= 400:
            raise RuntimeError("unreachable")
        if response.status_code == 204 or not response.content:
            return []
        parsed: list[Any] = type_adapter(return_type).validate_python(response.json())
        return parsed

    return parse


def peer_cached_validate_json_parser(kind: str, body: bytes) -> Parser:
    element: Any = getattr(importlib.import_module("getresponse.models"), PEER_MODELS[kind])
    adapter = importlib.import_module("pydantic").TypeAdapter(list[element])

    def parse() -> list[Any]:
        parsed: list[Any] = adapter.validate_json(httpx.Response(200, content=body).content)
        return parsed

    return parse


def raw_parser(kind: str, body: bytes) -> Parser:
    operation = importlib.import_module("getresponse_raw.api.contacts.get_contact_list")
    context = importlib.import_module("getresponse_raw.client").Client(base_url="")

    def parse() -> list[Any]:
        parsed: list[Any] = operation._parse_response(client=context, response=httpx.Response(200, content=body))
        return parsed

    return parse


MakeParser = Callable[[str, bytes], Parser]
# package -> variant -> (parser, the page kinds it runs)
PACKAGES: dict[str, dict[str, tuple[MakeParser, tuple[str, ...]]]] = {
    "ours": {"ours": (ours_parser, KINDS), "floor": (floor_parser, KINDS)},
    "ours_json": {"ours_json": (ours_json_parser, KINDS)},
    "peer": {"peer": (peer_parser, KINDS), "peer_cached_validate_json": (peer_cached_validate_json_parser, KINDS)},
    "raw": {"raw": (raw_parser, ("contacts",))},
}


def _comparable(value: Any) -> Any:
    """Models, enum members and dates have different classes in each package: compare the JSON they stand for."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def digest(kind: str, parse: Parser) -> str:
    """What the variant read out of the page, hashed: every variant must read the same, or nothing compares."""
    items = parse()
    if len(items) != 1000:
        raise SystemExit(f"parse_speed: parsed {len(items)} {kind}, not 1000")
    if isinstance(items[0], dict):  # the floor: plain JSON
        return hashlib.sha256(json.dumps(items, sort_keys=True).encode()).hexdigest()
    fields = attrgetter(*FIELDS[kind][0])
    rows = [[_comparable(value) for value in fields(item)] for item in items]
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()


def seconds_per_call(func: Callable[[], object], number: int, *, collect: bool) -> float:
    enabled = gc.isenabled()
    (gc.enable if collect else gc.disable)()
    try:
        started = time.thread_time()
        for _ in range(number):
            func()
        return (time.thread_time() - started) / number
    finally:
        (gc.enable if enabled else gc.disable)()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="parse 1000-item pages with one package's models")
    parser.add_argument("--package", choices=sorted(PACKAGES), required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--target-seconds", type=float, default=0.05, help="length of one timing")
    args = parser.parse_args(argv)

    funcs: dict[str, Callable[[], object]] = {}
    digests: dict[str, str] = {}
    for variant, (make, kinds) in PACKAGES[args.package].items():
        for kind in kinds:
            parse = make(kind, BODIES[kind])
            if variant != "floor":
                digests[f"{kind}/{variant}"] = digest(kind, parse)
            read = reader(kind, parse()[0]) if variant != "floor" else None

            def parse_and_read(parse: Parser = parse, read: Any = read) -> None:
                for item in parse():
                    read(item)

            funcs[f"parse/{kind}/{variant}"] = parse
            funcs[f"parse_read/{kind}/{variant}"] = parse_and_read if read is not None else parse
    numbers: dict[str, int] = {}
    for name, func in funcs.items():  # warm up, then size each timing to about --target-seconds
        func()
        numbers[name] = max(1, round(args.target_seconds / max(seconds_per_call(func, 3, collect=False), 1e-6)))
    samples: dict[str, list[float]] = {f"{name}/{gc_}": [] for name in funcs for gc_ in ("gc", "nogc")}
    for _ in range(args.rounds):
        for name, func in funcs.items():
            samples[f"{name}/nogc"].append(seconds_per_call(func, numbers[name], collect=False))
            # Longer with the collector on, so each timing spans several of its (rare, costly) full collections.
            samples[f"{name}/gc"].append(seconds_per_call(func, 3 * numbers[name], collect=True))
    body_bytes = {kind: len(BODIES[kind]) for kind in KINDS}
    emit({"package": args.package, "body_bytes": body_bytes, "digests": digests, "seconds_per_call": samples})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
