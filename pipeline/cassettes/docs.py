"""The documentation's own example exchanges as cassettes (origin "docs").

The example data (requests, responses, status codes) is transcribed by hand into small JSON files under
tests/cassettes/docs_examples/; this module turns each exchange into a cassette addressed to the spec's first
server. Request URLs keep the documentation's spelling (literal brackets, as in query[email]=...), which the replay
matcher must treat like the percent-encoded form the client sends.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.cassettes.cassette import Cassette, Headers, Metadata, RecordedRequest, RecordedResponse, pretty_json
from pipeline.cassettes.scrub import PLACEHOLDER_API_KEY_HEADER
from pipeline.cassettes.spec_view import JSON_CONTENT, SpecView


def docs_cassettes(folder: Path, view: SpecView) -> list[Cassette]:
    cassettes = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text())
        source = f"{data['source']} (tests/cassettes/{folder.name}/{path.name})"
        for exchange in data["exchanges"]:
            view.operation(exchange["operation_id"])  # a transcription for an operation the spec lacks is an error
            cassettes.append(_cassette(exchange, source, view.base_url))
    return cassettes


def _cassette(exchange: dict[str, Any], source: str, base_url: str) -> Cassette:
    request, response = exchange["request"], exchange["response"]
    request_headers: Headers = {"X-Auth-Token": [PLACEHOLDER_API_KEY_HEADER]}
    request_body = None
    if "json" in request:
        request_headers["Content-Type"] = [JSON_CONTENT]
        request_body = pretty_json(request["json"])
    response_headers: Headers = {}
    response_body = b""
    if "json" in response:
        response_headers["Content-Type"] = [JSON_CONTENT]
        response_body = pretty_json(response["json"])
    return Cassette(
        metadata=Metadata("docs", exchange["operation_id"], source),
        request=RecordedRequest(request["method"], base_url + request["path"], request_headers, request_body),
        response=RecordedResponse(int(response["status"]), response_headers, response_body),
    )
