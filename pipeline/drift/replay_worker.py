"""Replay every cassette through one regenerated package; runs in its own process (see cassette_replay.py).

    PYTHONPATH=<folder holding getresponse_client>:<repo> python -m pipeline.drift.replay_worker PACKAGE SPEC CASSETTES

PACKAGE is the regenerated getresponse_client folder, SPEC the overlaid spec it was generated from (JSON) and
CASSETTES the folder of tests/cassettes/<origin>/*.yaml. Prints one JSON object on stdout:

    {"package": "<getresponse_client/__init__.py imported>", "cassettes": [CassetteReplay.as_json(), ...]}

Every cassette goes through the replay suite's own checks, pipeline/cassettes/replay.py (the request built, the
response parsed and written back, the exchange against SPEC). On top, it lists the recorded JSON fields that no
typed attribute holds: the models are lossless, so `to_dict()` gives back even a field the client no longer
knows (it lands in `additional_properties`), and only this inventory shows that NEW stopped decoding a field
OLD decoded.

It imports `getresponse_client` (whichever copy PYTHONPATH puts first), so the drift process never imports it; the
calls come from that copy too (CallBuilder reads its operation table, `_operations.OPERATIONS`, and its resource
methods).
"""

from __future__ import annotations

import contextlib
import functools
import json
import ssl
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from openapi_core import OpenAPI

import getresponse_client
from getresponse_client import GetResponse
from getresponse_runtime.pagination import Page
from getresponse_runtime.wire import WireModel
from pipeline.cassettes.calls import PACKAGE, CallBuilder, CallError, ClientCall
from pipeline.cassettes.cassette import Cassette, is_json, load
from pipeline.cassettes.layout import cassette_files
from pipeline.cassettes.replay import openapi_validator, replay
from pipeline.drift.cassette_replay import CassetteReplay

USAGE = "usage: python -m pipeline.drift.replay_worker PACKAGE SPEC CASSETTES"
REQUEST_BODY, RESPONSE = "request body", "response"  # the two places a recorded field can be


class WrongPackageError(Exception):
    """The process imported another getresponse_client than the one it was asked to replay."""


def check_imported_package(package: Path) -> Path:
    """PYTHONPATH must put the regenerated copy first (the repo's copy is installed in editable mode too)."""
    imported = Path(getresponse_client.__file__ or "").resolve()
    if imported.parent != package.resolve():
        raise WrongPackageError(f"imported {imported}, expected the package in {package}; check PYTHONPATH")
    return imported


def share_one_ssl_context() -> None:
    """httpx builds an SSL context, loading the whole CA bundle (~30 ms), for every client: replay makes one per
    cassette, so that is half its time. No request leaves this process (vcrpy or a mock transport answers each),
    so every client can share the first context."""
    # setattr: the cached function takes the same arguments, but mypy types a cache wrapper as taking any.
    setattr(ssl, "create_default_context", functools.cache(ssl.create_default_context))  # noqa: B010


# -- what no typed attribute holds ----------------------------------------------------------------------------------


def untyped_fields(value: Any, where: str) -> Iterator[str]:
    """JSONPath-like locations, by wire name, of the fields a parsed model keeps only in additional_properties."""
    if isinstance(value, WireModel):
        extra = getattr(value, "additional_properties", None) or {}
        yield from (f"{where}.{key}" for key in extra)
        for name, wire_name in type(value)._wire_names.items():
            try:
                field_value = getattr(value, name)
            except Exception:  # a field that does not decode is reported by the replay checks already
                continue
            yield from untyped_fields(field_value, f"{where}.{wire_name}")
    elif isinstance(value, Page):  # a list method's answer: this page's items (iterating it would fetch the next)
        yield from untyped_fields(value.items, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from untyped_fields(item, f"{where}[{index}]")


def parsed_response(call: ClientCall, cassette: Cassette) -> Any:
    """The recorded response as the client parses it (replay() keeps the parsed model to itself):
    a model, a list of models, or for a list method the `Page` of them."""
    recorded = cassette.response
    headers = [(name, value) for name, values in recorded.headers.items() for value in values]
    transport = httpx.MockTransport(lambda _: httpx.Response(recorded.status, headers=headers, content=recorded.body))
    parts = urlsplit(cassette.request.uri)
    base_url = f"{parts.scheme}://{parts.netloc}{call.base_path}"
    with (
        httpx.Client(transport=transport) as http,
        GetResponse(api_key="replay-key", base_url=base_url, http_client=http, max_retries=0) as client,
    ):
        return call.invoke(client).parsed


def recorded_untyped_fields(call: ClientCall, cassette: Cassette) -> list[str]:
    fields = [f"{REQUEST_BODY} {field}" for field in untyped_fields(call.keywords.get("body"), "$")]
    if cassette.response.body and is_json(cassette.response.content_type):
        try:
            parsed = parsed_response(call, cassette)
        except Exception:  # the replay checks report a response the client cannot take
            return fields
        fields += [f"{RESPONSE} {field}" for field in untyped_fields(parsed, "$")]
    return fields


# -- one cassette ---------------------------------------------------------------------------------------------------


def route_of(builder: CallBuilder, operation_id: str) -> str | None:
    try:
        method = builder.method(operation_id)
    except CallError:  # an operation the package lacks: the replay checks report it
        return None
    return f"{method.http_method} {method.path_template}"


def replay_cassette(path: Path, builder: CallBuilder, validator: OpenAPI) -> CassetteReplay:
    cassette = load(path)
    try:
        outcome = replay(path, cassette, builder, validator)
        problems = outcome.problems
        fields = recorded_untyped_fields(outcome.call, cassette) if outcome.call else []
    except Exception as exc:  # one cassette that breaks the checks themselves must not hide the others
        problems, fields = [f"replaying it raised {type(exc).__name__}: {exc}"], []
    return CassetteReplay(
        name=cassette.name,
        operation_id=cassette.metadata.operation_id,
        route=route_of(builder, cassette.metadata.operation_id),
        problems=tuple(problems),
        untyped_fields=frozenset(fields),
    )


def replay_all(package: Path, spec: Path, cassettes: Path) -> dict[str, Any]:
    imported = check_imported_package(package)
    share_one_ssl_context()
    document = json.loads(spec.read_text(encoding="utf-8"))
    builder, validator = CallBuilder(), openapi_validator(document)
    replays = [replay_cassette(path, builder, validator) for path in cassette_files(cassettes)]
    return {"package": str(imported), "cassettes": [replayed.as_json() for replayed in replays]}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(USAGE, file=sys.stderr)
        return 2
    package, spec, cassettes = (Path(argument) for argument in argv)
    if package.name != PACKAGE:
        print(f"{package} is not a {PACKAGE} folder; {USAGE}", file=sys.stderr)
        return 2
    # stdout carries the JSON result alone: anything the client or vcrpy might print goes to stderr.
    with contextlib.redirect_stdout(sys.stderr):
        try:
            result = replay_all(package, spec, cassettes)
        except WrongPackageError as exc:
            print(f"replay_worker: {exc}", file=sys.stderr)
            return 1
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
