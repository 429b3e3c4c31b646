"""The rules table in classify.py's docstring is the rules: parsed, complete and consistent."""

from __future__ import annotations

import pytest

from pipeline.drift import classify
from pipeline.drift.changes import Usage
from pipeline.drift.classify import RULES, is_breaking


def test_every_row_of_the_documented_table_is_a_rule() -> None:
    rows = [line for line in (classify.__doc__ or "").splitlines() if line.startswith("| `")]
    assert len(rows) == len(RULES) >= 50


@pytest.mark.parametrize(
    ("kind", "case", "usage", "breaking"),
    [
        ("property-added", "optional", Usage.RESPONSE, False),  # a new optional response field
        ("property-removed", "", Usage.RESPONSE, True),  # a removed response field
        ("property-added", "required", Usage.REQUEST, True),  # a new required request property
        ("parameter-added", "required", Usage.REQUEST, True),
        ("parameter-added", "optional", Usage.REQUEST, False),
        ("enum-value-removed", "", Usage.REQUEST, True),
        ("enum-value-added", "", Usage.RESPONSE, False),
        ("required-added", "", Usage.BOTH, True),  # used both ways: breaking if either way breaks
        ("required-added", "", Usage.NONE, False),  # e.g. a readOnly property of a request-only schema
    ],
)
def test_the_rules_the_brief_names(kind: str, case: str, usage: Usage, breaking: bool) -> None:
    assert is_breaking(kind, usage, case) is breaking


def test_unknown_kinds_and_impossible_directions_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="no drift rule"):
        is_breaking("property-teleported", Usage.BOTH)
    with pytest.raises(ValueError, match="cannot occur in a response"):
        is_breaking("parameter-removed", Usage.RESPONSE)
