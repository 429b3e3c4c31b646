"""`python -m pipeline.cassettes build`: one spec-derived cassette per operation, plus the documentation's exchanges.

A spec cassette is what a recording of the operation would look like if GetResponse answered with the spec's own
example values: the request carries realistic parameters (path parameters from examples, the parameters the client
sends by default, one `query[...]` filter and one `sort[...]` order where the operation has them, a JSON body with
the required and a few optional fields), the response is the operation's documented 2xx with its content type (no
body for 202/204). The same spec always gives byte-identical files.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from pipeline.cassettes import docs
from pipeline.cassettes.cassette import (
    Cassette,
    Headers,
    Metadata,
    RecordedRequest,
    RecordedResponse,
    dump,
    is_json,
    pretty_json,
)
from pipeline.cassettes.layout import cassette_path
from pipeline.cassettes.scrub import PLACEHOLDER_API_KEY_HEADER
from pipeline.cassettes.spec_view import Parameter, SpecView
from pipeline.cassettes.values import ExampleValues
from pipeline.files import write_bytes_atomic
from pipeline.spec_model import Operation

BUILT_ORIGINS = ("spec", "docs")  # `build` owns these folders; live/ is only ever written by `record`
MULTIPART_BOUNDARY = "cassette-boundary"
# The smallest GIF (1x1, transparent): the body of image responses and of uploaded files.
TINY_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
# Response header values, by name: what GetResponse sends on an unremarkable call.
HEADER_VALUES = {
    "X-RateLimit-Limit": "30000",
    "X-RateLimit-Remaining": "29999",
    "X-RateLimit-Reset": "600 seconds",
    "TotalPages": "1",
}


def spec_cassettes(view: SpecView) -> list[Cassette]:
    values = ExampleValues(view)
    return [spec_cassette(view, values, operation) for operation in view.operations()]


def spec_cassette(view: SpecView, values: ExampleValues, operation: Operation) -> Cassette:
    parameters = view.parameters(operation)
    path_values = {
        p.name: str(values.for_parameter(p.name, p.schema, p.example)) for p in parameters if p.location == "path"
    }
    query = [(p.name, _wire_text(_query_value(values, p))) for p in chosen_query_parameters(parameters)]
    path = operation.path
    for name, value in path_values.items():
        path = path.replace("{" + name + "}", quote(value, safe=""))
    uri = str(httpx.URL(view.base_url + path, params=query))

    request_headers: Headers = {"X-Auth-Token": [PLACEHOLDER_API_KEY_HEADER]}
    request_body = None
    body = view.request_body(operation)
    if body is not None:
        content_type, request_body = _request_body(values, view, body.content_type, body.schema)
        request_headers["Content-Type"] = [content_type]

    success = view.success_response(operation)
    response_headers: Headers = {}
    response_body = b""
    item_count = 0
    if success.content_type is not None and success.schema is not None:
        if is_json(success.content_type):
            document = values.value(success.schema, direction="response", pinned=path_values)
            item_count = len(document) if isinstance(document, list) else 1
            response_body = pretty_json(document)
            response_headers["Content-Type"] = [success.content_type]
        else:  # image/*: the thumbnails
            response_body = TINY_GIF
            response_headers["Content-Type"] = ["image/gif"]
    page = next((value for name, value in query if name == "page"), "1")
    known = {**HEADER_VALUES, "CurrentPage": page, "TotalCount": str(item_count)}
    for name in success.header_names:
        schema = view.header_schema(name, operation)
        response_headers[name] = [known.get(name) or _wire_text(values.value(schema, direction="response", name=name))]

    return Cassette(
        metadata=Metadata("spec", operation.operation_id, f"overlaid spec {view.version}"),
        request=RecordedRequest(operation.method, uri, request_headers, request_body),
        response=RecordedResponse(success.status, response_headers, response_body),
    )


def chosen_query_parameters(parameters: Iterable[Parameter]) -> list[Parameter]:
    """The required ones, the ones the client sends by default, and one filter (with its range end) and one order."""
    query = [p for p in parameters if p.location == "query"]
    chosen = [p for p in query if p.required or "default" in p.schema]
    optional = [p for p in query if p not in chosen]
    first_filter = next((p for p in optional if p.name.startswith("query[")), None)
    if first_filter is not None:
        chosen.append(first_filter)
        if first_filter.name.endswith("[from]"):
            upper = first_filter.name[: -len("[from]")] + "[to]"
            chosen.extend(p for p in optional if p.name == upper)
    first_sort = next((p for p in optional if p.name.startswith("sort[")), None)
    if first_sort is not None:
        chosen.append(first_sort)
    names = {p.name for p in chosen}
    return [p for p in query if p.name in names]  # in the spec's order: stable, and how a client would list them


def _query_value(values: ExampleValues, parameter: Parameter) -> Any:
    if "default" in parameter.schema and not parameter.required:
        return parameter.schema["default"]
    if parameter.name.endswith("[to]") and parameter.schema.get("format") != "date-time":
        return "2024-01-31"  # the end of a range after its start (the [from] end takes the example or 2024-01-15)
    value = values.for_parameter(parameter.name, parameter.schema, parameter.example)
    if isinstance(value, str) and "T" in value and value.endswith("+0000"):
        # The client sends datetimes as Python's isoformat() ("+00:00"); a query value in that form is what a
        # recording would hold.
        value = value[: -len("+0000")] + "+00:00"
    return value


def _wire_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _request_body(
    values: ExampleValues, view: SpecView, content_type: str, schema: dict[str, Any]
) -> tuple[str, bytes]:
    if not content_type.startswith("multipart/form-data"):
        return content_type, pretty_json(values.value(schema, direction="request"))
    # A form: every field, a file for each binary one (the upload is the point of such an operation).
    files: dict[str, tuple[str, bytes, str]] = {}
    data: dict[str, str] = {}
    for name, prop in (view.resolve(schema).get("properties") or {}).items():
        if view.resolve(prop).get("format") == "binary":
            files[name] = (f"{name}.gif", TINY_GIF, "image/gif")
        else:
            data[name] = _wire_text(values.value(prop, direction="request", name=name))
    header = f"multipart/form-data; boundary={MULTIPART_BOUNDARY}"
    request = httpx.Request("POST", "https://example.com/", data=data, files=files, headers={"Content-Type": header})
    return header, request.read()


# -- files ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildResult:
    written: list[Path]
    unchanged: int
    removed: list[Path]


def cassette_files(document: dict[str, Any], docs_examples: Path) -> dict[tuple[str, str], bytes]:
    """(origin, operationId) -> file contents, for every cassette `build` owns."""
    view = SpecView(document)
    cassettes = [*spec_cassettes(view), *docs.docs_cassettes(docs_examples, view)]
    files: dict[tuple[str, str], bytes] = {}
    for cassette in cassettes:
        key = (cassette.metadata.origin, cassette.metadata.operation_id)
        if key in files:
            raise ValueError(f"two {key[0]} cassettes for {key[1]}")
        files[key] = dump(cassette)
    return files


def write_cassettes(files: Mapping[tuple[str, str], bytes], root: Path, *, check: bool = False) -> BuildResult:
    """Write changed files, remove stale ones in the built origins; with check, only report what would change."""
    written, removed, unchanged = [], [], 0
    for (origin, operation_id), data in sorted(files.items()):
        path = cassette_path(root, origin, operation_id)
        if path.exists() and path.read_bytes() == data:
            unchanged += 1
            continue
        written.append(path)
        if not check:
            write_bytes_atomic(path, data)
    expected = {cassette_path(root, origin, op) for origin, op in files}
    for origin in BUILT_ORIGINS:
        for path in sorted((root / origin).glob("*.yaml")):
            if path not in expected:
                removed.append(path)
                if not check:
                    os.remove(path)
    return BuildResult(written, unchanged, removed)
