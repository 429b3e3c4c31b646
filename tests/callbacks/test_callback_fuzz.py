"""Fuzzing parse(): whatever arrives, the outcome is an event or a CallbackError, never another exception."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from getresponse_client.callbacks import CallbackError, parse, to_parameters
from getresponse_runtime.callbacks._parser import Payload
from tests.callbacks.callback_samples import ACTIONS, sample

# Keep hypothesis's files out of the work tree (.hypothesis/ is not git-ignored); it reads this before the first test.
HYPOTHESIS_FILES = Path(tempfile.gettempdir()) / "getresponse-client-hypothesis"
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(HYPOTHESIS_FILES))
FUZZ = settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

CONTENT_TYPES = st.sampled_from(
    [
        None,
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=iso-8859-2",
        "application/json",
        "application/vnd.api+json; charset=utf-16",
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/json; charset=nonsense",
        "",
    ]
)

# Pieces that steer random text towards the parser's edges: escapes, separators, known names and actions.
QUERY_TOKENS = st.sampled_from(
    ["&", "=", "+", "%", "%2", "%41", "%ff", "%C3%A9", "?", "action", "open", "survey", "ACCOUNT_ID", "{", "["]
)
QUERY_TEXT = st.lists(st.one_of(QUERY_TOKENS, st.text(max_size=8)), max_size=30).map("".join)

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(ACTIONS),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


def outcome(payload: Payload, content_type: str | None = None) -> None:
    try:
        event = parse(payload, content_type)
    except CallbackError:
        return
    assert event.action in ACTIONS


@FUZZ
@given(QUERY_TEXT, CONTENT_TYPES)
def test_arbitrary_query_strings(text: str, content_type: str | None) -> None:
    outcome(text, content_type)


@FUZZ
@given(st.binary(max_size=300), CONTENT_TYPES)
def test_arbitrary_bytes(data: bytes, content_type: str | None) -> None:
    outcome(data, content_type)


@FUZZ
@given(JSON_VALUES, CONTENT_TYPES)
def test_json_ish_bodies(document: Any, content_type: str | None) -> None:
    text = json.dumps(document)  # NaN and Infinity come out as JSON's non-standard constants
    outcome(text, content_type)
    outcome(text.encode(), content_type)
    if isinstance(document, dict):
        outcome(document)


@FUZZ
@given(
    st.sampled_from(ACTIONS),
    st.dictionaries(st.text(min_size=1, max_size=10), st.text(max_size=10), max_size=5),
    st.dictionaries(st.sampled_from(["ACCOUNT_ID", "contact_email", "contact_name", "contact_origin"]), st.text()),
)
def test_valid_events_with_random_values_round_trip(
    action: str, unknown: dict[str, str], overrides: dict[str, str]
) -> None:
    parameters = {**sample(action), **overrides}
    parameters |= {name: value for name, value in unknown.items() if name not in parameters}
    for payload in (urlencode(parameters), json.dumps(parameters).encode(), parameters):
        try:
            event = parse(payload)
        except CallbackError as error:  # only text no byte sequence can carry (lone surrogates) is refused
            assert "Unicode" in str(error)
            continue
        assert to_parameters(event) == parameters
