"""Replaying one cassette through the generated client, and every way the result can differ from the recording.

(a) the request the client built against the recorded one: method, path, query, Content-Type, body;
(b) the recorded response parsed into the typed model, every field read (decoded), and `to_dict()` compared with
    the recorded JSON (element-wise for lists);
(c) the recorded request and response validated against the overlaid spec (openapi-core).
"""

from __future__ import annotations

import json
import re
import sys
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx
import vcr
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from vcr.errors import CannotOverwriteExistingCassetteException

from getresponse_client import FieldDecodeError, FieldNotInResponseError, GetResponse, Page
from getresponse_client.types import File
from pipeline.cassettes.calls import CallBuilder, CallError, ClientCall, short_repr
from pipeline.cassettes.cassette import Cassette, RecordedRequest, RecordedResponse, is_json
from pipeline.cassettes.matching import (
    MATCH_ON,
    body_difference,
    json_difference,
    path_difference,
    query_difference,
    register_matchers,
)

REPLAY_API_KEY = "replay-key"
# GetResponse writes offsets without a colon (+0000), which RFC 3339 date-time validators reject.
GETRESPONSE_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|z|[+-]\d{2}:?\d{2})$")


def getresponse_date_time(value: object) -> bool:
    return not isinstance(value, str) or GETRESPONSE_DATE_TIME.match(value) is not None


def openapi_validator(document: dict[str, Any]) -> OpenAPI:
    """openapi-core over the overlaid spec, accepting GetResponse's date-times (the spec is checked elsewhere)."""
    config = Config(spec_validator_cls=None, extra_format_validators={"date-time": getresponse_date_time})
    return OpenAPI.from_dict(document, config=config)


@dataclass
class Outcome:
    """What replaying one cassette found; each problem is one sentence naming the check (a, b or c)."""

    call: ClientCall | None = None
    problems: list[str] = field(default_factory=list)

    def add(self, check: str, problem: str) -> None:
        self.problems.append(f"({check}) {problem}")


def replay(
    path: Path,
    cassette: Cassette,
    builder: CallBuilder,
    spec: OpenAPI | None,
    *,
    expect_error: str | None = None,
) -> Outcome:
    """Replay one cassette; spec=None leaves out (c). With expect_error (or the cassette's metadata.expect_error),
    the call must raise that exception class (named as in getresponse_client) and nothing else."""
    outcome = Outcome()
    expect_error = expect_error or cassette.metadata.expect_error
    try:
        call = outcome.call = builder.build(cassette.metadata.operation_id, cassette.request)
    except CallError as exc:
        if spec is not None:
            outcome.problems.extend(f"(c) {problem}" for problem in spec_problems(spec, cassette, base_path=None))
        outcome.add("a", f"the client cannot make the recorded request: {exc}")
        return outcome
    if spec is not None:
        outcome.problems.extend(f"(c) {problem}" for problem in spec_problems(spec, cassette, base_path=call.base_path))
    sent: list[httpx.Request] = []
    parts = urlsplit(cassette.request.uri)
    base_url = f"{parts.scheme}://{parts.netloc}{call.base_path}"
    recorder = register_matchers(vcr.VCR(record_mode="none", match_on=MATCH_ON))
    with (
        httpx.Client(event_hooks={"request": [sent.append]}) as http,
        GetResponse(api_key=REPLAY_API_KEY, base_url=base_url, http_client=http, max_retries=0) as client,
        recorder.use_cassette(str(path)),
    ):
        try:
            raw = call.invoke(client)
            parsed = raw.parsed  # parsing may be deferred to the first read: a failure of it is the call's
        except CannotOverwriteExistingCassetteException as exc:
            raw = None
            if not sent:
                outcome.add("a", f"vcrpy found no matching recording: {exc}")
        except Exception as exc:  # any failure of the client is a finding about it, reported with its type
            raw = None
            if type(exc).__name__ != expect_error:
                expected = f" (expected {expect_error})" if expect_error else ""
                outcome.add("b", f"{call} raised {type(exc).__name__}{expected}: {exc}")
        else:
            if expect_error is not None:
                outcome.add("b", f"{call} returned a {raw.status_code} answer; expected it to raise {expect_error}")
                raw = None
    if sent:
        outcome.problems.extend(f"(a) {problem}" for problem in request_problems(cassette.request, sent[0]))
    else:
        outcome.add("a", f"{call} sent no request")
    if raw is not None:
        parsed = parsed.items if isinstance(parsed, Page) else parsed  # a list method's first page
        outcome.problems.extend(f"(b) {problem}" for problem in parse_problems(parsed, cassette.response))
    return outcome


# -- (a) ------------------------------------------------------------------------------------------------------------


def request_problems(recorded: RecordedRequest, sent: httpx.Request) -> Iterator[str]:
    if sent.method != recorded.method:
        yield f"method: recorded {recorded.method}, sent {sent.method}"
    sent_uri = str(sent.url)
    for difference in (path_difference(recorded.uri, sent_uri), query_difference(recorded.uri, sent_uri)):
        if difference:
            yield difference
    recorded_type, sent_type = recorded.header("Content-Type"), sent.headers.get("Content-Type")
    body = sent.read()
    if recorded.body and _media_type(recorded_type) != _media_type(sent_type):
        yield f"Content-Type: recorded {recorded_type}, sent {sent_type}"
    difference = body_difference(recorded.body, recorded_type, body, sent_type)
    if difference:
        yield difference
    if sent.headers.get("X-Auth-Token") != f"api-key {REPLAY_API_KEY}":
        yield f"X-Auth-Token: sent {sent.headers.get('X-Auth-Token')!r}, not 'api-key <key>'"


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


# -- (b) ------------------------------------------------------------------------------------------------------------


def parse_problems(parsed: Any, response: RecordedResponse) -> Iterator[str]:
    if not response.body:
        if parsed is not None:
            yield f"an empty {response.status} response parsed into {type(parsed).__name__}"
        return
    if not is_json(response.content_type):
        if not isinstance(parsed, File):
            yield f"a {response.content_type} body parsed into {type(parsed).__name__}, not File"
        elif parsed.payload.read() != response.body:
            yield "the File's payload is not the recorded body"
        return
    recorded = response.json()
    if parsed is None and recorded == [] and response.status == 202:
        return  # POST /contacts answers 202 with `[]` where it documents no body: nothing was lost
    if parsed is None:
        yield f"a {response.status} JSON body parsed into None (the client does not expect this status or body)"
    elif isinstance(parsed, list):
        if not isinstance(recorded, list):
            yield f"the client parsed a list from a JSON {type(recorded).__name__}"
            return
        if len(parsed) != len(recorded):
            yield f"parsed {len(parsed)} items from {len(recorded)}"
        for index, (item, original) in enumerate(zip(parsed, recorded, strict=False)):
            yield from _model_problems(item, original, f"[{index}]")
    else:
        yield from _model_problems(parsed, recorded, "")


def _model_problems(model: Any, recorded: Any, where: str) -> Iterator[str]:
    if not hasattr(model, "to_dict"):
        if model != recorded:
            yield f"${where}: parsed {model!r}, recorded {recorded!r}"
        return
    failures = list(read_every_field(model, f"${where}"))
    if failures:
        yield from failures
        return
    try:
        dumped = model.to_dict()
    except Exception as exc:  # an encoder that fails on what its decoder produced is the finding
        yield f"${where}: {type(model).__name__}.to_dict() raised {type(exc).__name__}: {exc}"
        return
    if dumped != recorded:
        yield f"{type(model).__name__}.to_dict() differs from the recorded JSON at {json_difference(recorded, dumped)}"


def read_every_field(value: Any, where: str) -> Iterator[str]:
    """Decode every field of a parsed model, recursively; yield each field whose reading fails or gives a value
    of another type than the field declares, and why."""
    if attrs.has(type(value)):
        hints = _type_hints(type(value))
        for attribute in attrs.fields(type(value)):
            location = f"{where}.{attribute.name}"
            try:
                field_value = getattr(value, attribute.name)
            except FieldNotInResponseError:
                if attribute.name in value._wire_names and value._wire_names[attribute.name] in value.to_dict():
                    yield f"{location}: reported as not in the answer, which has it"
                continue  # absent from a partial object: reading it says so, which is right
            except FieldDecodeError as exc:
                yield f"{location}: {exc}"
            except Exception as exc:  # not a decode error: the generated decoder itself is broken
                yield f"{location}: reading {type(value).__name__}.{attribute.name} raised {type(exc).__name__}: {exc}"
            else:
                expected = hints.get(attribute.name, Any)
                if not fits(field_value, expected):
                    yield f"{location}: reads as {short_repr(field_value)}, not {_type_name(expected)}"
                    continue
                yield from read_every_field(field_value, location)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from read_every_field(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from read_every_field(item, f"{where}.{key}")


_HINTS: dict[type, dict[str, Any]] = {}


def _type_hints(cls: type) -> dict[str, Any]:
    """A model's field types, resolved (its module imports the models it refers to by the end of the module)."""
    if cls not in _HINTS:
        namespace = vars(sys.modules[cls.__module__])
        _HINTS[cls] = {
            attribute.name: eval(attribute.type, namespace) if isinstance(attribute.type, str) else attribute.type
            for attribute in attrs.fields(cls)
        }
    return _HINTS[cls]


def fits(value: Any, expected: Any) -> bool:
    """Whether a field's value is of the type the model declares (items of a list, values of a dict included)."""
    if expected is Any or expected is object or value is None:
        return True  # a null reads as None whatever the spec says (getresponse_runtime/wire.py)
    if expected is None or expected is type(None):
        return value is None
    origin = typing.get_origin(expected)
    if isinstance(expected, types.UnionType) or origin is typing.Union:
        return any(fits(value, member) for member in typing.get_args(expected))
    if origin is list:
        (item_type,) = typing.get_args(expected) or (Any,)
        return isinstance(value, list) and all(fits(item, item_type) for item in value)
    if origin is dict:
        _, value_type = typing.get_args(expected) or (Any, Any)
        return isinstance(value, dict) and all(fits(item, value_type) for item in value.values())
    if origin is not None:
        return isinstance(value, origin)
    if expected is float:
        return isinstance(value, int | float) and not isinstance(value, bool)  # an int is a float (PEP 484)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def _type_name(expected: Any) -> str:
    return getattr(expected, "__name__", None) or str(expected).replace("getresponse_client.models.", "")


# -- (c) ------------------------------------------------------------------------------------------------------------


def spec_problems(spec: OpenAPI, cassette: Cassette, *, base_path: str | None) -> Iterator[str]:
    """Validate against the spec as if sent to its first server: a cassette may come from a proxy or test host.

    Under `fields=` GetResponse answers partial objects, which lack properties the spec requires (only the id is
    always there): for such a request a missing required property of the response is not a problem."""
    request, response = cassette.request, cassette.response
    partial = any(name == "fields" for name, _ in request.query)
    parts = urlsplit(request.uri)
    server = urlsplit(str(spec.spec.read_value()["servers"][0]["url"]))
    path = parts.path
    if base_path is not None and path.startswith(base_path):
        path = server.path.rstrip("/") + path[len(base_path) :]
    mock_request = MockRequest(
        host_url=f"{server.scheme}://{server.netloc}",
        method=request.method.lower(),
        path=path,
        args=dict(parse_qsl(parts.query, keep_blank_values=True)),
        headers={name: values[0] for name, values in request.headers.items()},
        data=request.body or b"",
        content_type=request.header("Content-Type") or "",
    )
    mock_response = MockResponse(
        data=response.body,
        status_code=response.status,
        headers={name: values[0] for name, values in response.headers.items()},
        content_type=response.content_type or "",
    )
    for label, errors in (
        ("request", spec.iter_request_errors(mock_request)),
        ("response", spec.iter_response_errors(mock_request, mock_response)),
    ):
        for error in errors:
            for detail in _details(error, allow_missing_required=partial and label == "response"):
                yield f"{label}: {detail}"


_INTEGER_TEXT = re.compile(r"-?[0-9]+")


def _read_as_typed(schema_error: Any) -> bool:
    """An integer sent as its decimal text or a boolean as "true"/"false": GetResponse does both, and the models
    read them as int and bool (getresponse_runtime.wire.wire_int / wire_bool), so the spec's type is kept."""
    if schema_error.validator != "type" or not isinstance(schema_error.instance, str):
        return False
    if schema_error.validator_value == "integer":
        return _INTEGER_TEXT.fullmatch(schema_error.instance) is not None
    return schema_error.validator_value == "boolean" and schema_error.instance in ("true", "false")


def _details(error: Exception, *, allow_missing_required: bool = False) -> Iterator[str]:
    """openapi-core wraps jsonschema errors; unwrap them into one line each, with where in the body they are."""
    by_location: dict[str, list[str]] = {}
    schema_errors = 0
    cause: BaseException | None = error
    while cause is not None:
        for schema_error in getattr(cause, "schema_errors", ()) or ():
            schema_errors += 1
            if allow_missing_required and schema_error.validator == "required":
                continue
            if _read_as_typed(schema_error):
                continue
            location = "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in schema_error.absolute_path)
            by_location.setdefault(f"${location}", []).append(schema_error.message)
        cause = cause.__cause__
    if not schema_errors:
        yield f"{type(error).__name__}: {error}"
    # One line per place: a null where the spec has no `nullable` fails type, enum and nullable at once.
    for location, messages in by_location.items():
        yield f"{location}: {'; '.join(dict.fromkeys(messages))}"


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
