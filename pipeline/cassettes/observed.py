"""Cassettes from traffic others observed (origin "observed"), read where they are kept, never from the repository.

`../shared/observed/` (next to the repository; GETRESPONSE_SPEC_MIRROR's parent names the shared folder too) holds
third-party response bodies with an `index.json`: for each payload the operation it answers ("GET /contacts"), its
status, the headers recorded with it, the path arguments and keywords of the call where known, its source and the
exception a client should raise for it (`expect_error`). Those files may not be copied into the repository, so
`observed_cassettes` builds each cassette in memory and the replay writes it to a temporary folder.

The request of such a cassette is the operation's spec cassette request (what the client sends with the spec's
example values), with the recorded path arguments and keywords put in: the payloads come without the requests that
produced them. The response is the payload, byte for byte, with its recorded status and headers.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from pipeline import paths
from pipeline.cassettes.calls import operation_table, template_pattern
from pipeline.cassettes.cassette import Cassette, Metadata, RecordedRequest, RecordedResponse, load
from pipeline.cassettes.layout import CASSETTES, cassette_path

ORIGIN = "observed"
INDEX = "index.json"


def observed_folder() -> Path:
    """../shared/observed next to the repository, or beside the spec mirror GETRESPONSE_SPEC_MIRROR names."""
    mirror = os.environ.get(paths.MIRROR_ENV)
    candidates = [paths.ROOT.parent / "shared" / "observed"]
    if mirror:
        candidates.insert(0, Path(mirror).resolve().parent / "observed")
    return next((folder for folder in candidates if (folder / INDEX).is_file()), candidates[-1])


@dataclass(frozen=True)
class ObservedPayload:
    name: str  # the payload's file stem, e.g. 08-pk-stats-balance: how tests and known findings name it
    operation_id: str
    cassette: Cassette
    expect_error: str | None  # the exception class a client must raise for this answer, by name
    source: str  # where the payload was observed (repository and path, or URL)


def source_text(source: dict[str, Any]) -> str:
    if "repo" in source:
        return f"{source['repo']} {source['path']}"
    return str(source["url"])


def _by_route(operations: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(HTTP method, path template) -> operationId, over the generated operation table."""
    return {(info.method, info.path): operation_id for operation_id, info in operations.items()}


def payload_operations(folder: Path, operations: dict[str, Any]) -> list[str | None]:
    """The operationId each listed payload answers (None where no operation matches), read from the index only;
    operations is the generated operation table (getresponse_client._operations.OPERATIONS)."""
    by_route = _by_route(operations)
    entries = json.loads((folder / INDEX).read_text())
    return [by_route.get(tuple(entry["operation"].split(" ", 1))) for entry in entries]


def observed_payloads(folder: Path, spec_cassettes: Path = CASSETTES) -> list[ObservedPayload]:
    """One replayable cassette per payload listed in folder/index.json."""
    by_route = _by_route(operation_table())
    payloads = []
    for entry in json.loads((folder / INDEX).read_text()):
        method, path_template = entry["operation"].split(" ", 1)
        operation_id = by_route.get((method, path_template))
        if operation_id is None:
            raise ValueError(f"{entry['file']}: no operation of the client is {entry['operation']}")
        template = load(cassette_path(spec_cassettes, "spec", operation_id))
        call = entry.get("call") or {}
        request = _request(template.request, path_template, call.get("path"), call.get("kwargs") or {})
        headers = {name: [str(value)] for name, value in (entry.get("headers") or {}).items()}
        body = (folder / entry["file"]).read_bytes()
        if body.strip():
            headers.setdefault("Content-Type", ["application/json"])
        source = source_text(entry["source"])
        cassette = Cassette(
            metadata=Metadata(ORIGIN, operation_id, f"{source} ({entry['file']})"),
            request=request,
            response=RecordedResponse(int(entry["status"]), headers, body),
        )
        payloads.append(
            ObservedPayload(Path(entry["file"]).stem, operation_id, cassette, entry.get("expect_error"), source)
        )
    return payloads


def _request(
    template: RecordedRequest, path_template: str, path_arguments: list[str] | None, keywords: dict[str, Any]
) -> RecordedRequest:
    """The spec cassette's request with the recorded path arguments and query keywords (by wire name) put in."""
    url = httpx.URL(template.uri)
    path = url.path
    if path_arguments:
        match = template_pattern(path_template).match(path)
        if match is None or len(match.groups()) - 1 != len(path_arguments):
            raise ValueError(f"{path_template}: cannot put the path arguments {path_arguments} into {path}")
        path = match.group("base_path") + _fill(path_template, path_arguments)
    query = [(name, value) for name, value in template.query if name not in keywords]
    query += [(name, str(value)) for name, value in keywords.items()]
    return RecordedRequest(
        template.method, str(url.copy_with(path=path, query=None, params=query)), template.headers, template.body
    )


def _fill(path_template: str, arguments: list[str]) -> str:
    parts = path_template.split("{")
    filled = parts[0]
    for argument, part in zip(arguments, parts[1:], strict=True):
        filled += quote(argument, safe="") + part.split("}", 1)[1]
    return filled
