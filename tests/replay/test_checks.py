"""The replay checks catch what they are for: a changed request (a), a body the model cannot hold (b), an
exchange the spec does not allow (c); and the matcher ignores what does not matter (order, bracket spelling)."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openapi_core import OpenAPI

from pipeline.cassettes.calls import CallBuilder
from pipeline.cassettes.cassette import Cassette, dump, load
from pipeline.cassettes.layout import CASSETTES
from pipeline.cassettes.matching import body_difference, query_difference
from pipeline.cassettes.replay import replay

CONTACT = CASSETTES / "spec" / "getContactById.yaml"


def changed(tmp_path: Path, edit: Callable[[Cassette], Cassette]) -> tuple[Path, Cassette]:
    cassette = edit(load(CONTACT))
    path = tmp_path / "getContactById.yaml"
    path.write_bytes(dump(cassette))
    return path, cassette


def with_response_json(cassette: Cassette, **fields: Any) -> Cassette:
    document = {**cassette.response.json(), **fields}
    response = dataclasses.replace(cassette.response, body=json.dumps(document).encode())
    return dataclasses.replace(cassette, response=response)


def test_the_unchanged_cassette_replays_clean(call_builder: CallBuilder, openapi: OpenAPI) -> None:
    assert replay(CONTACT, load(CONTACT), call_builder, openapi).problems == []


def test_a_request_the_client_changed_is_reported(
    call_builder: CallBuilder, openapi: OpenAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from getresponse_runtime import resource

    original = resource._build_request  # what every resource method builds its request with

    @functools.wraps(original)
    def with_extra_parameter(*args: Any, **kwargs: Any) -> dict[str, Any]:
        request = original(*args, **kwargs)
        return {**request, "params": {**request.get("params", {}), "query[extra]": "1"}}

    monkeypatch.setattr(resource, "_build_request", with_extra_parameter)
    problems = replay(CONTACT, load(CONTACT), call_builder, openapi).problems
    assert problems == ["(a) query: sent but not recorded query[extra]=1"]


def test_a_value_the_model_cannot_hold_is_reported(tmp_path: Path, call_builder: CallBuilder, openapi: OpenAPI) -> None:
    path, cassette = changed(tmp_path, lambda c: with_response_json(c, createdOn="yesterday"))
    problems = replay(path, cassette, call_builder, openapi).problems
    assert any(p.startswith("(b) $.created_on: ContactDetails.created_on") for p in problems), problems
    assert "(c) response: $.createdOn: 'yesterday' is not a 'date-time'" in problems


def test_an_undocumented_status_is_reported(tmp_path: Path, call_builder: CallBuilder, openapi: OpenAPI) -> None:
    path, cassette = changed(
        tmp_path, lambda c: dataclasses.replace(c, response=dataclasses.replace(c.response, status=201))
    )
    problems = replay(path, cassette, call_builder, openapi).problems
    # The client takes any 2xx as success and parses it as documented; the spec check reports the status.
    assert [p for p in problems if p.startswith("(b)")] == []
    assert any(p.startswith("(c) response:") and "201" in p for p in problems), problems


def test_a_request_the_client_cannot_make_is_reported(
    tmp_path: Path, call_builder: CallBuilder, openapi: OpenAPI
) -> None:
    def unknown_parameter(cassette: Cassette) -> Cassette:
        request = dataclasses.replace(cassette.request, uri=cassette.request.uri + "?query[nope]=1")
        return dataclasses.replace(cassette, request=request)

    path, cassette = changed(tmp_path, unknown_parameter)
    problems = replay(path, cassette, call_builder, openapi).problems
    assert (
        "(a) the client cannot make the recorded request: getContactById: query parameter 'query[nope]' is not a"
        " parameter of the operation" in problems
    )


def test_query_matching_ignores_order_and_bracket_spelling() -> None:
    recorded = "https://h/v3/contacts?query[email]=@wp.pl&sort[createdOn]=desc&page=4"
    sent = "https://h/v3/contacts?page=4&sort%5BcreatedOn%5D=desc&query%5Bemail%5D=%40wp.pl"
    assert query_difference(recorded, sent) is None
    assert (
        query_difference(recorded, sent.replace("page=4", "page=5"))
        == "query: not sent page=4; sent but not recorded page=5"
    )


def test_body_matching_compares_meaning() -> None:
    assert body_difference(b'{"a": 1, "b": [1]}', "application/json", b'{"b":[1],"a":1}', "application/json") is None
    assert body_difference(b'{"a": 1}', "application/json", b'{"a":2}', "application/json") == (
        "body: $.a recorded 1, got 2"
    )
    form = "multipart/form-data; boundary={}"
    part = '--{0}\r\nContent-Disposition: form-data; name="file"; filename="a.gif"\r\n\r\nGIF\r\n--{0}--\r\n'
    assert (
        body_difference(part.format("x").encode(), form.format("x"), part.format("+++").encode(), form.format("+++"))
        is None
    )
