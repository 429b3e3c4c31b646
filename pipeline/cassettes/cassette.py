"""The cassette file: VCR.py's YAML format, one interaction, plus a `metadata` mapping vcrpy keeps alongside it.

    metadata: {origin: spec | docs | observed | live, operation_id: getContactList, source: ...}
    interactions: [{request: {method, uri, headers, body}, response: {status, headers, body: {string}}}]
    version: 1

vcrpy (>= 9.4) reads `metadata` back (`Cassette.get_metadata`) and saves it again, so recorded and built
cassettes share one layout. Bodies are text (pretty JSON for built ones) or, for binary content, YAML !!binary.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from pipeline.errors import PipelineError

ORIGINS = ("spec", "docs", "observed", "live")
FORMAT_VERSION = 1  # vcrpy's CASSETTE_FORMAT_VERSION

Headers = dict[str, list[str]]  # vcrpy keeps every header as a list of values


class CassetteError(PipelineError):
    """A cassette file that is not one interaction in VCR.py's format with our metadata."""


@dataclass(frozen=True)
class Metadata:
    origin: str
    operation_id: str
    source: str
    expect_error: str | None = None  # an error answer: the exception class the client must raise, by name

    def as_dict(self) -> dict[str, str]:
        document = {"origin": self.origin, "operation_id": self.operation_id, "source": self.source}
        if self.expect_error is not None:
            document["expect_error"] = self.expect_error
        return document


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    uri: str
    headers: Headers = field(default_factory=dict)
    body: bytes | None = None

    @property
    def path(self) -> str:
        return urlsplit(self.uri).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.uri).query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        return header_value(self.headers, name)


@dataclass(frozen=True)
class RecordedResponse:
    status: int
    headers: Headers = field(default_factory=dict)
    body: bytes = b""

    @property
    def content_type(self) -> str | None:
        return header_value(self.headers, "Content-Type")

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Cassette:
    metadata: Metadata
    request: RecordedRequest
    response: RecordedResponse

    @property
    def name(self) -> str:
        """How tests and reports name it: <origin>/<operationId>."""
        return f"{self.metadata.origin}/{self.metadata.operation_id}"


def header_value(headers: Mapping[str, list[str]], name: str) -> str | None:
    for key, values in headers.items():
        if key.lower() == name.lower() and values:
            return values[0]
    return None


def is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def pretty_json(document: Any) -> bytes:
    """How built cassettes write JSON bodies: stable, readable, diff-friendly."""
    return json.dumps(document, indent=2, ensure_ascii=False).encode()


# -- writing --------------------------------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style for multi-line text (the JSON bodies), so cassettes read and diff like the JSON they hold."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def _body_text(body: bytes | None) -> str | bytes | None:
    if body is None:
        return None
    try:
        return body.decode()
    except UnicodeDecodeError:
        return body  # binary content (images, multipart with a file): YAML !!binary, as vcrpy writes it


def dump(cassette: Cassette) -> bytes:
    request, response = cassette.request, cassette.response
    document = {
        "metadata": cassette.metadata.as_dict(),
        "interactions": [
            {
                "request": {
                    "method": request.method,
                    "uri": request.uri,
                    "headers": request.headers,
                    "body": _body_text(request.body),
                },
                "response": {
                    "status": {"code": response.status, "message": HTTPStatus(response.status).phrase},
                    "headers": response.headers,
                    "body": {"string": _body_text(response.body) or ""},
                },
            }
        ],
        "version": FORMAT_VERSION,
    }
    text: str = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    return text.encode()


# -- reading --------------------------------------------------------------------------------------------------------

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path) -> Cassette:
    try:
        return parse(path.read_bytes())
    except CassetteError as exc:
        raise CassetteError(f"{path}: {exc}") from exc


def read_yaml(data: bytes) -> Any:
    """The YAML document of a cassette file, read with a safe loader (libyaml's when present: faster)."""
    return yaml.load(data, Loader=_Loader)


def parse(data: bytes) -> Cassette:
    document = read_yaml(data)
    if not isinstance(document, dict) or document.get("version") != FORMAT_VERSION:
        raise CassetteError(f"not a VCR.py cassette of format version {FORMAT_VERSION}")
    interactions = document.get("interactions")
    if not isinstance(interactions, list) or len(interactions) != 1:
        raise CassetteError("a cassette holds exactly one interaction (one request and its response)")
    metadata = document.get("metadata") or {}
    missing = {"origin", "operation_id", "source"} - set(metadata)
    if missing:
        raise CassetteError(f"metadata lacks {', '.join(sorted(missing))}")
    if metadata["origin"] not in ORIGINS:
        raise CassetteError(f"origin {metadata['origin']!r} is not one of {', '.join(ORIGINS)}")
    request, response = interactions[0]["request"], interactions[0]["response"]
    return Cassette(
        metadata=Metadata(
            str(metadata["origin"]),
            str(metadata["operation_id"]),
            str(metadata["source"]),
            str(metadata["expect_error"]) if metadata.get("expect_error") else None,
        ),
        request=RecordedRequest(
            method=str(request["method"]).upper(),
            uri=str(request["uri"]),
            headers=_headers(request.get("headers")),
            body=_bytes(request.get("body")),
        ),
        response=RecordedResponse(
            status=int(response["status"]["code"]),
            headers=_headers(response.get("headers")),
            body=_bytes((response.get("body") or {}).get("string")) or b"",
        ),
    )


def _headers(raw: Any) -> Headers:
    if not raw:
        return {}
    return {
        str(name): [str(v) for v in (values if isinstance(values, list) else [values])] for name, values in raw.items()
    }


def _bytes(raw: Any) -> bytes | None:
    if raw is None:
        return None
    return raw if isinstance(raw, bytes) else str(raw).encode()
