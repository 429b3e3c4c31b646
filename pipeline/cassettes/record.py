"""`python -m pipeline.cassettes record`: live cassettes, recorded through the real client and scrubbed first.

Credentials come from the environment only (GETRESPONSE_API_KEY or GETRESPONSE_ACCESS_TOKEN, GETRESPONSE_DOMAIN for
GetResponse MAX). Which operations: one (--operation), one tag (--tag) or, by default, every read-only (GET) one;
operations that change data run only with --allow-writes.

Each call goes through GetResponse's resource methods inside a vcrpy cassette whose before_record_request and
before_record_response hooks are the `Scrubber`: credentials and personal data are replaced before vcrpy keeps the
interaction, so nothing unscrubbed is ever written. The cassette is recorded into a temporary folder, checked once
more for any credential or personal datum (`find_leaks`), and only then moved into tests/cassettes/live/.

Path parameters come from --param, or from ids seen in earlier responses of the same run: operations without path
parameters run first, and an id field (contactId, campaignId, ...) of their answers fills {contactId} later on.
"""

from __future__ import annotations

import datetime
import json
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_plus, urlsplit

import httpx
import vcr

from pipeline.cassettes.calls import CallBuilder, CallError, ClientCall
from pipeline.cassettes.cassette import RecordedRequest, parse, pretty_json, read_yaml
from pipeline.cassettes.layout import CASSETTES
from pipeline.cassettes.matching import MATCH_ON, register_matchers
from pipeline.cassettes.scrub import (
    EMAIL,
    IPV4,
    IPV6,
    PHONE,
    PLACEHOLDER_EMAIL,
    PLACEHOLDER_IPV4,
    PLACEHOLDER_IPV6,
    PLACEHOLDER_PHONE,
    Scrubber,
)
from pipeline.cassettes.spec_view import JSON_CONTENT, SpecView, innermost_key
from pipeline.cassettes.values import ExampleValues
from pipeline.errors import PipelineError
from pipeline.files import write_bytes_atomic
from pipeline.spec_model import Operation

ENV_API_KEY = "GETRESPONSE_API_KEY"
ENV_ACCESS_TOKEN = "GETRESPONSE_ACCESS_TOKEN"
ENV_DOMAIN = "GETRESPONSE_DOMAIN"
LIVE_PAGE_SIZE = 2  # list operations ask for two items: enough to show a list, small enough to review by eye


@dataclass(frozen=True)
class RecordOptions:
    operation_id: str | None = None
    tag: str | None = None
    allow_writes: bool = False
    params: Mapping[str, str] = field(default_factory=dict)  # wire name -> value, for path and query parameters
    server: str | None = None
    base_url: str | None = None
    record_mode: str = "all"
    destination: Path = CASSETTES / "live"


@dataclass
class RecordReport:
    recorded: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (operationId, why)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> Iterator[str]:
        for path in self.recorded:
            yield f"recorded {path}"
        for operation_id, why in self.skipped:
            yield f"skipped {operation_id}: {why}"
        for operation_id, why in self.failed:
            yield f"failed {operation_id}: {why}"
        yield f"record: {len(self.recorded)} recorded, {len(self.skipped)} skipped, {len(self.failed)} failed"


class MissingValue(Exception):
    """No value for a path parameter: neither --param nor an earlier response gave one."""


def select_operations(view: SpecView, options: RecordOptions) -> list[Operation]:
    if options.operation_id:
        selected = [view.operation(options.operation_id)]
    elif options.tag:
        selected = [op for op in view.operations() if op.tag.lower() == options.tag.lower()]
        if not selected:
            tags = sorted({op.tag for op in view.operations()})
            raise PipelineError(f"no operation has the tag {options.tag!r}; tags: {', '.join(tags)}")
    else:
        selected = list(view.operations())
    if not options.allow_writes:
        writes = [op.operation_id for op in selected if op.method != "GET"]
        if options.operation_id and writes:
            raise PipelineError(f"{writes[0]} changes data on the account: pass --allow-writes to record it")
        selected = [op for op in selected if op.method == "GET"]
    # Operations without path parameters first: their answers carry the ids the others need.
    return sorted(selected, key=lambda op: (op.path.count("{"), op.path, op.method))


def record(
    options: RecordOptions, document: dict[str, Any], *, env: Mapping[str, str], builder: CallBuilder | None = None
) -> RecordReport:
    if options.record_mode not in ("all", "once"):
        raise PipelineError(
            f"record mode {options.record_mode!r}: use all (re-record) or once (only missing cassettes)"
        )
    api_key, token, domain = env.get(ENV_API_KEY), env.get(ENV_ACCESS_TOKEN), env.get(ENV_DOMAIN)
    if not api_key and not token:
        raise PipelineError(f"set {ENV_API_KEY} (or {ENV_ACCESS_TOKEN}), and {ENV_DOMAIN} for GetResponse MAX")
    from getresponse_client import GetResponse

    view = SpecView(document)
    selected = select_operations(view, options)
    planner = RequestPlanner(view, dict(options.params))
    builder = builder or CallBuilder()
    report = RecordReport()
    client = GetResponse(
        api_key=api_key or None,
        access_token=None if api_key else token,
        domain=domain or None,
        server=options.server,
        base_url=options.base_url,
        max_retries=0,  # a retried call would record two interactions; a failure is reported instead
        rate_limit=True,
    )
    # The API's own host stays as it is, even when it is an IP address (a proxy or a test server).
    scrubber = Scrubber.for_credentials(api_key, token, domain, kept=(urlsplit(client.config.base_url).hostname or "",))
    with client:
        for operation in selected:
            existing = options.destination / f"{operation.operation_id}.yaml"
            if options.record_mode == "once" and existing.exists():
                # Not replayed through vcrpy's "once": the recorded request is scrubbed, the new one is not.
                report.skipped.append((operation.operation_id, f"already recorded ({existing.name}; record mode once)"))
                planner.learn_from(existing)
                continue
            try:
                request = planner.request(operation, client.config.base_url)
                call = builder.build(operation.operation_id, request)
                path = record_one(call, client, operation.operation_id, scrubber, options)
            except (MissingValue, CallError) as exc:
                report.skipped.append((operation.operation_id, str(exc)))
                continue
            except Exception as exc:  # an API error or a leak: reported per operation, nothing written for it
                report.failed.append((operation.operation_id, f"{type(exc).__name__}: {exc}"))
                continue
            report.recorded.append(path)
            planner.learn_from(path)
    return report


def record_one(call: ClientCall, client: Any, operation_id: str, scrubber: Scrubber, options: RecordOptions) -> Path:
    destination = options.destination / f"{operation_id}.yaml"
    recorder = register_matchers(
        vcr.VCR(
            record_mode="all",  # always the API: "once" is decided above, per operation
            match_on=MATCH_ON,
            before_record_request=scrubber.before_record_request,
            before_record_response=scrubber.before_record_response,
            decode_compressed_response=True,  # the scrubber must see the JSON, not gzip
            drop_unused_requests=True,
        )
    )
    with tempfile.TemporaryDirectory() as folder:
        temporary = Path(folder) / destination.name
        with recorder.use_cassette(str(temporary)) as cassette:
            cassette.get_metadata("origin", "live")
            cassette.get_metadata("operation_id", operation_id)
            host = urlsplit(str(client.config.base_url)).netloc
            cassette.get_metadata("source", f"GetResponse API at {host}, recorded {datetime.date.today().isoformat()}")
            call.invoke(client)
        data = temporary.read_bytes()
        leaks = find_leaks(data, scrubber)
        if leaks:
            raise PipelineError(f"the scrubbed cassette still holds {', '.join(leaks)}; nothing was written")
        parse(data)  # one interaction, our metadata: what the replay suite expects
        write_bytes_atomic(destination, data)
    return destination


def find_leaks(data: bytes, scrubber: Scrubber) -> list[str]:
    """What a scrubbed cassette must not hold: a credential, or an e-mail, IP or phone other than the placeholders.

    Both the file's text and the strings it holds are searched: YAML may fold a long value over several lines.
    """
    texts = [data.decode(errors="replace"), *_strings(read_yaml(data))]
    texts += [unquote_plus(text) for text in texts]  # and what percent-encoded text (a URL's query) spells
    allowed = {PLACEHOLDER_EMAIL, PLACEHOLDER_IPV4, PLACEHOLDER_IPV6, PLACEHOLDER_PHONE, *scrubber.kept}
    found: set[str] = set()
    for text in texts:
        found.update(f"a credential ({len(secret)} characters)" for secret in scrubber.secrets if secret in text)
        for kind, pattern in (("an e-mail", EMAIL), ("a phone number", PHONE), ("an IP", IPV4), ("an IP", IPV6)):
            for match in pattern.finditer(text):
                value = match.group(0)
                if value not in allowed and scrubber.text(value) != value:
                    found.add(f"{kind} ({value[:3]}…)")
    return sorted(found)


def _strings(document: Any) -> Iterator[str]:
    if isinstance(document, str):
        yield document
    elif isinstance(document, bytes):
        yield document.decode(errors="replace")
    elif isinstance(document, dict):
        for key, value in document.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(document, list):
        for item in document:
            yield from _strings(item)


class RequestPlanner:
    """The request to record for an operation: ids from --param and earlier answers, small pages, spec values."""

    def __init__(self, view: SpecView, known: dict[str, str]) -> None:
        self._view = view
        self._values = ExampleValues(view)
        self._known = known  # wire name or id field name -> value

    def request(self, operation: Operation, base_url: str) -> RecordedRequest:
        parameters = self._view.parameters(operation)
        path = operation.path
        for parameter in (p for p in parameters if p.location == "path"):
            value = self._known.get(parameter.name)
            if value is None:
                raise MissingValue(f"no value for {{{parameter.name}}}: pass --param {parameter.name}=...")
            path = path.replace("{" + parameter.name + "}", quote(value, safe=""))
        query = []
        for parameter in (p for p in parameters if p.location == "query"):
            innermost = innermost_key(parameter.name)
            if parameter.name in self._known:
                query.append((parameter.name, self._known[parameter.name]))
            elif parameter.name == "perPage":
                query.append((parameter.name, str(LIVE_PAGE_SIZE)))
            elif parameter.required:
                value = self._known.get(innermost) or self._values.for_parameter(
                    parameter.name, parameter.schema, parameter.example
                )
                query.append((parameter.name, str(value).lower() if isinstance(value, bool) else str(value)))
        headers: dict[str, list[str]] = {}
        body = None
        request_body = self._view.request_body(operation)
        if request_body is not None:
            if request_body.content_type != JSON_CONTENT:
                raise MissingValue(f"a {request_body.content_type} body is not recorded automatically")
            document = self._with_known_ids(self._values.value(request_body.schema, direction="request"))
            headers["Content-Type"] = [JSON_CONTENT]
            body = pretty_json(document)
        uri = str(httpx.URL(base_url.rstrip("/") + path, params=query))
        return RecordedRequest(operation.method, uri, headers, body)

    def learn_from(self, cassette_file: Path) -> None:
        """Keep the ids of a recorded answer (scrubbing leaves ids alone) for later path parameters."""
        response = parse(cassette_file.read_bytes()).response
        try:
            document = json.loads(response.body) if response.body else None
        except ValueError:
            return
        for name, value in _id_fields(document):
            self._known.setdefault(name, value)

    def _with_known_ids(self, document: Any) -> Any:
        if isinstance(document, dict):
            return {
                key: self._known[key] if key in self._known and isinstance(value, str) else self._with_known_ids(value)
                for key, value in document.items()
            }
        if isinstance(document, list):
            return [self._with_known_ids(item) for item in document]
        return document


def _id_fields(document: Any) -> Iterator[tuple[str, str]]:
    if isinstance(document, dict):
        for key, value in document.items():
            if key.endswith("Id") and isinstance(value, str) and value:
                yield key, value
            else:
                yield from _id_fields(value)
    elif isinstance(document, list):
        for item in document:
            yield from _id_fields(item)
