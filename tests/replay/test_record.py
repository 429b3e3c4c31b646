"""Recording against a loopback server that answers with credentials and personal data: none of it is written."""

from __future__ import annotations

import http.server
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus, urlsplit

import pytest
import vcr
from openapi_core import OpenAPI

from getresponse_client import GetResponse
from pipeline.cassettes.calls import CallBuilder
from pipeline.cassettes.cassette import load, read_yaml
from pipeline.cassettes.layout import CASSETTES
from pipeline.cassettes.matching import MATCH_ON, register_matchers
from pipeline.cassettes.record import RecordOptions, record
from pipeline.cassettes.replay import replay
from pipeline.cassettes.scrub import (
    PLACEHOLDER_API_KEY_HEADER,
    PLACEHOLDER_DOMAIN,
    PLACEHOLDER_EMAIL,
    PLACEHOLDER_IPV4,
    PLACEHOLDER_IPV6,
    PLACEHOLDER_NAME,
    PLACEHOLDER_PHONE,
)
from pipeline.cassettes.spec_view import SpecView

API_KEY = "gr7f3a9c2e5b1d4680"
DOMAIN = "acme-private-shop.example"
EMAIL = "anna.kowalska@private-mail.example"
NAME = "Anna Kowalska"
IPV4 = "203.0.113.77"
IPV6 = "2a02:a311:8143:b500:1c2d:3e4f:5a6b:7c8d"
PHONE = "+48 601 234 567"
SECRETS = (API_KEY, DOMAIN, EMAIL, NAME, IPV4, IPV6, PHONE, PHONE.replace(" ", ""))


@dataclass
class Loopback:
    base_url: str = ""
    seen: list[dict[str, str]] = field(default_factory=list)  # what the server received: proof the call was real


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    state = Loopback()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = urlsplit(self.path).query
            token, domain = self.headers.get("X-Auth-Token", ""), self.headers.get("X-Domain", "")
            state.seen.append({"path": self.path, "token": token, "domain": domain})
            body = json.dumps(
                [
                    {
                        "contactId": "k8Ld",
                        "href": f"{state.base_url}/contacts/k8Ld",
                        "name": NAME,
                        "email": EMAIL,
                        "ipAddress": IPV4,
                        "note": f"call {PHONE} or write to {EMAIL}; last seen from {IPV6}",
                        "origin": "api",
                        "createdOn": "2024-05-06T07:08:09+0000",
                        "campaign": {"campaignId": "V", "name": "Newsletter", "href": f"{state.base_url}/campaigns/V"},
                        "echo": {"query": query, "token": token, "domain": domain},
                    }
                ]
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Echo-Auth", token)
            self.send_header("X-Echo-Domain", domain)
            self.send_header("X-Contact-Email", EMAIL)
            self.send_header("X-Contact-Phone", PHONE)
            self.send_header("X-Forwarded-For", f"{IPV4}, {IPV6}")
            self.send_header("Set-Cookie", f"session={API_KEY}; HttpOnly")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # keep pytest's output clean
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}/v3"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def record_contacts(loopback: Loopback, folder: Path, spec: dict[str, Any], builder: CallBuilder) -> Path:
    options = RecordOptions(
        operation_id="getContactList",
        params={"query[email]": EMAIL, "query[name]": NAME},
        base_url=loopback.base_url,
        destination=folder,
    )
    env = {"GETRESPONSE_API_KEY": API_KEY, "GETRESPONSE_DOMAIN": DOMAIN}
    report = record(options, spec, env=env, builder=builder)
    assert not report.failed and not report.skipped, list(report.lines())
    assert report.recorded == [folder / "getContactList.yaml"]
    return report.recorded[0]


def test_recording_scrubs_credentials_and_personal_data(
    loopback: Loopback, tmp_path: Path, overlaid_spec: dict[str, Any], call_builder: CallBuilder
) -> None:
    path = record_contacts(loopback, tmp_path, overlaid_spec, call_builder)

    # The server got the real request: scrubbing touches the recording only.
    assert loopback.seen[0]["token"] == f"api-key {API_KEY}"
    assert loopback.seen[0]["domain"] == DOMAIN
    assert quote(EMAIL, safe="") in loopback.seen[0]["path"] or quote_plus(EMAIL) in loopback.seen[0]["path"]

    data = path.read_bytes()
    strings = "\n".join(_strings(read_yaml(data)))  # YAML may fold long values: search what the file holds too
    for secret in SECRETS:
        for spelling in {secret, quote(secret, safe=""), quote_plus(secret)}:
            assert spelling.encode() not in data, f"{spelling!r} is in the cassette file"
            assert spelling not in strings, f"{spelling!r} is in the cassette's values"
    for placeholder in (
        PLACEHOLDER_EMAIL,
        PLACEHOLDER_NAME,
        PLACEHOLDER_IPV4,
        PLACEHOLDER_IPV6,
        PLACEHOLDER_PHONE,
        PLACEHOLDER_API_KEY_HEADER,
        PLACEHOLDER_DOMAIN,
    ):
        assert placeholder in strings, f"placeholder {placeholder!r} is missing"
    cassette = load(path)
    assert cassette.metadata.origin == "live"
    assert cassette.metadata.operation_id == "getContactList"
    assert cassette.request.header("X-Auth-Token") == PLACEHOLDER_API_KEY_HEADER
    assert cassette.request.header("X-Domain") == PLACEHOLDER_DOMAIN
    assert dict(cassette.request.query)["query[email]"] == PLACEHOLDER_EMAIL
    assert dict(cassette.request.query)["query[name]"] == PLACEHOLDER_NAME


def test_a_recorded_cassette_replays_through_the_client(
    loopback: Loopback, tmp_path: Path, overlaid_spec: dict[str, Any], call_builder: CallBuilder
) -> None:
    path = record_contacts(loopback, tmp_path, overlaid_spec, call_builder)
    cassette = load(path)
    call = call_builder.build("getContactList", cassette.request)
    replayer = register_matchers(vcr.VCR(record_mode="none", match_on=MATCH_ON))
    with (
        replayer.use_cassette(str(path)) as played,
        GetResponse(api_key="other-key", base_url=loopback.base_url, max_retries=0) as client,
    ):
        contacts = call.invoke(client).parsed.items  # the first page (iterating would fetch the next)
    assert played.play_count == 1
    assert len(loopback.seen) == 1  # answered from the cassette, not by the server
    assert [(c.email, c.name) for c in contacts] == [(PLACEHOLDER_EMAIL, PLACEHOLDER_NAME)]


def test_writes_need_allow_writes(overlaid_spec: dict[str, Any], tmp_path: Path) -> None:
    from pipeline.errors import PipelineError

    options = RecordOptions(operation_id="createContact", base_url="http://127.0.0.1:9/v3", destination=tmp_path)
    with pytest.raises(PipelineError, match="--allow-writes"):
        record(options, overlaid_spec, env={"GETRESPONSE_API_KEY": API_KEY})
    assert not list(tmp_path.iterdir())


def _strings(document: Any) -> Iterator[str]:
    if isinstance(document, str | bytes):
        yield document if isinstance(document, str) else document.decode(errors="replace")
    elif isinstance(document, dict):
        for key, value in document.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(document, list):
        for item in document:
            yield from _strings(item)


@pytest.fixture
def spec_server(overlaid_spec: dict[str, Any]) -> Iterator[str]:
    """A loopback server answering every GET operation (whatever the ids in its path) like its spec cassette."""
    answers = []
    for operation in SpecView(overlaid_spec).operations():
        if operation.method == "GET":
            pattern = re.compile("/v3" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(operation.path)))
            answers.append(
                (operation.path.count("{"), pattern, load(CASSETTES / "spec" / f"{operation.operation_id}.yaml"))
            )
    answers.sort(key=lambda answer: answer[0])  # /autoresponders/statistics before /autoresponders/{id}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            cassette = next((c for _, pattern, c in answers if pattern.fullmatch(path)), None)
            if cassette is None:
                self.send_error(404)
                return
            self.send_response(cassette.response.status)
            for name, values in cassette.response.headers.items():
                for value in values:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(cassette.response.body)))
            self.end_headers()
            self.wfile.write(cassette.response.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v3"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_recording_a_tag_takes_ids_from_earlier_answers_and_replays_clean(
    spec_server: str, tmp_path: Path, overlaid_spec: dict[str, Any], call_builder: CallBuilder, openapi: OpenAPI
) -> None:
    options = RecordOptions(tag="Contacts", base_url=spec_server, destination=tmp_path)
    report = record(options, overlaid_spec, env={"GETRESPONSE_API_KEY": API_KEY}, builder=call_builder)
    assert not report.failed and not report.skipped, list(report.lines())
    # Only the tag's GET operations (no --allow-writes); the list first, its ids fill the others' paths.
    # (getContactsFromList is client.lists.get_contacts now: the Lists tag.)
    assert [p.stem for p in report.recorded] == ["getContactList", "getContactById", "getActivities"]
    for path in report.recorded:
        cassette = load(path)
        assert cassette.metadata.origin == "live"
        assert dict(cassette.request.query).get("perPage") in (None, "2")
        assert replay(path, cassette, call_builder, openapi).problems == [], path.stem


def test_record_mode_once_keeps_what_is_recorded(
    loopback: Loopback, tmp_path: Path, overlaid_spec: dict[str, Any], call_builder: CallBuilder
) -> None:
    path = record_contacts(loopback, tmp_path, overlaid_spec, call_builder)
    before = path.read_bytes()
    options = RecordOptions(
        operation_id="getContactList", base_url=loopback.base_url, destination=tmp_path, record_mode="once"
    )
    report = record(options, overlaid_spec, env={"GETRESPONSE_API_KEY": API_KEY}, builder=call_builder)
    assert report.recorded == [] and [op for op, _ in report.skipped] == ["getContactList"]
    assert path.read_bytes() == before
    assert len(loopback.seen) == 1
