"""Worker: parse one 1000-contact list page into models, ours against getresponse 0.1.4 and raw opc output.

Run by bench/run.py in the nox session's environment (it holds all three packages); prints one result line.
Every variant starts from the same ``bytes`` and builds its own ``httpx.Response(200, content=...)``, so JSON
decoding is included everywhere.

* ours: ``getresponse_client.api.contacts.get_contact_list._parse_response`` (what ``client.contacts.list()``
  runs on each page). Our models decode a field on first read, hence the second figure.
* getresponse 0.1.4: the tail of ``getresponse._core._Core.request`` for a 200, line for line:
  ``TypeAdapter(return_type).validate_python(response.json())`` with ``return_type=list[ContactListElement]``
  (``resources/contacts.py``); the adapter is built on every call there, and so here. For context a second,
  faster variant that the package does not use: one cached adapter and ``validate_json`` on the bytes.
* raw: openapi-python-client 0.29.1's own output, ``api.contacts.get_contact_list._parse_response``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

import httpx

from bench.data import CAMPAIGN_FIELDS, CONTACT_FIELDS, contact_page_bytes
from bench.stats import emit, time_interleaved

BODY = contact_page_bytes(1000)
read_contact = attrgetter(*CONTACT_FIELDS, *(f"campaign.{name}" for name in CAMPAIGN_FIELDS))


def read_every_field(items: Iterable[Any]) -> None:
    for item in items:
        read_contact(item)


def ours_parser() -> Callable[[], list[Any]]:
    from getresponse_client.api.contacts import get_contact_list
    from getresponse_client.client import Client

    context = Client(base_url="", raise_on_unexpected_status=False)  # what the resource layer passes

    def parse() -> list[Any]:
        parsed: list[Any] = get_contact_list._parse_response(client=context, response=httpx.Response(200, content=BODY))
        return parsed

    return parse


def peer_parser() -> Callable[[], list[Any]]:
    pydantic = importlib.import_module("pydantic")
    models = importlib.import_module("getresponse.models")
    return_type = list[models.ContactListElement]  # type: ignore[name-defined]

    def parse() -> list[Any]:
        # getresponse/_core.py, _Core.request after _send(), for a 200 with a body:
        response = httpx.Response(200, content=BODY)
        if response.status_code >= 400:
            raise RuntimeError("unreachable")
        if response.status_code == 204 or not response.content:
            return []
        parsed: list[Any] = pydantic.TypeAdapter(return_type).validate_python(response.json())
        return parsed

    return parse


def peer_parser_cached_json() -> Callable[[], list[Any]]:
    pydantic = importlib.import_module("pydantic")
    models = importlib.import_module("getresponse.models")
    adapter = pydantic.TypeAdapter(list[models.ContactListElement])  # type: ignore[name-defined]

    def parse() -> list[Any]:
        parsed: list[Any] = adapter.validate_json(httpx.Response(200, content=BODY).content)
        return parsed

    return parse


def raw_parser(raw_root: str) -> Callable[[], list[Any]]:
    sys.path.insert(0, raw_root)
    operation = importlib.import_module("getresponse_raw.api.contacts.get_contact_list")
    context = importlib.import_module("getresponse_raw.client").Client(base_url="")

    def parse() -> list[Any]:
        parsed: list[Any] = operation._parse_response(client=context, response=httpx.Response(200, content=BODY))
        return parsed

    return parse


def and_read(parse: Callable[[], list[Any]]) -> Callable[[], None]:
    def parse_and_read() -> None:
        read_every_field(parse())

    return parse_and_read


def check_same_values(parsers: dict[str, Callable[[], list[Any]]]) -> None:
    """The variants must read the same data out of the page, or the comparison means nothing."""
    seen: dict[str, list[tuple[Any, ...]]] = {}
    for name, parse in parsers.items():
        items = parse()
        rows = [read_contact(item) for item in items]
        # Enum members differ between packages; compare their values.
        seen[name] = [tuple(getattr(value, "value", value) for value in row) for row in rows]
    first_name, first = next(iter(seen.items()))
    for name, rows in seen.items():
        if len(rows) != 1000 or rows != first:
            raise SystemExit(f"parse_speed: {name} does not read the same 1000 contacts as {first_name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="parse a 1000-contact page: ours vs peers")
    parser.add_argument("--raw-root", required=True, help="folder holding the generated getresponse_raw package")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--target-seconds", type=float, default=0.08, help="length of one timing")
    parser.add_argument("--max-seconds", type=float, default=60.0)
    args = parser.parse_args(argv)

    parsers = {
        "ours": ours_parser(),
        "peer": peer_parser(),
        "raw": raw_parser(args.raw_root),
        "peer_cached_validate_json": peer_parser_cached_json(),
    }
    check_same_values(parsers)
    funcs: dict[str, Callable[[], object]] = {}
    for name, parse in parsers.items():
        funcs[f"parse/{name}"] = parse
        funcs[f"parse_read/{name}"] = and_read(parse)
    samples = time_interleaved(
        funcs, rounds=args.rounds, target_seconds=args.target_seconds, max_seconds=args.max_seconds
    )
    emit({"body_bytes": len(BODY), "seconds_per_call": samples})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
