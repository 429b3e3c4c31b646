"""Example synthesis: the spec's examples where they fit, values from type/format/enum otherwise, no surprises."""

from __future__ import annotations

from typing import Any

from pipeline.cassettes.build import chosen_query_parameters
from pipeline.cassettes.spec_view import SpecView
from pipeline.cassettes.values import FIXED_DATE, ExampleValues, fits, short_id


def values_for(schemas: dict[str, Any]) -> ExampleValues:
    return ExampleValues(SpecView({"openapi": "3.0.3", "paths": {}, "components": {"schemas": schemas}}))


def test_examples_are_used_when_they_fit_their_schema() -> None:
    values = values_for({})
    schema = {
        "type": "object",
        "properties": {
            "count": {"type": "integer", "example": "1"},  # does not fit: made instead
            "name": {"type": "string", "example": "My list"},
            "kind": {"type": "string", "enum": ["a", "b"], "example": "c"},
            "day": {"type": "string", "format": "date"},
        },
    }
    assert values.value(schema, direction="response") == {"count": 1, "name": "My list", "kind": "a", "day": FIXED_DATE}


def test_requests_leave_out_read_only_fields_and_keep_required_ones() -> None:
    values = values_for({})
    schema = {
        "type": "object",
        "required": ["id", "email"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "email": {"type": "string", "format": "email"},
            "note": {"type": "string"},  # optional, no example: left out of a request
        },
    }
    assert values.value(schema, direction="request") == {"email": "jane.doe@example.com"}
    assert set(values.value(schema, direction="response")) == {"id", "email", "note"}


def test_discriminated_subtypes_carry_their_mapping_key() -> None:
    values = values_for(
        {
            "Base": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string"}},
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"daily": "#/components/schemas/Daily", "weekly": "#/components/schemas/Weekly"},
                },
            },
            "Daily": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"hour": {"type": "integer"}}}]},
            "Weekly": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"day": {"type": "string"}}}]},
        }
    )
    assert values.value({"$ref": "#/components/schemas/Base"}, direction="response") == {"kind": "daily", "hour": 1}
    assert values.value({"$ref": "#/components/schemas/Weekly"}, direction="response") == {
        "kind": "weekly",
        "day": "Example day",
    }


def test_recursive_schemas_end() -> None:
    values = values_for(
        {
            "Node": {
                "type": "object",
                "properties": {"child": {"$ref": "#/components/schemas/Node"}, "n": {"type": "integer"}},
            }
        }
    )
    assert values.value({"$ref": "#/components/schemas/Node"}, direction="response") == {"n": 1}


def test_path_ids_are_pinned_and_ids_look_like_getresponse_ids() -> None:
    values = values_for({})
    schema = {"type": "object", "properties": {"contactId": {"type": "string"}, "campaignId": {"type": "string"}}}
    built = values.value(schema, direction="response", pinned={"contactId": "pV3r"})
    assert built == {"contactId": "pV3r", "campaignId": short_id("campaignId")}
    assert short_id("campaignId") == short_id("campaignId") and len(short_id("x")) == 4


def test_fits() -> None:
    assert fits("2014-09-29T12:25:55+0000", {"type": "string", "format": "date-time"})
    assert not fits("2014-09-29 12:25:55", {"type": "string", "format": "date-time"})
    assert not fits(True, {"type": "integer"})
    assert fits(["a"], {"type": "array", "items": {"type": "string"}})


def test_query_parameters_chosen(overlaid_spec: dict[str, Any]) -> None:
    view = SpecView(overlaid_spec)
    chosen = [p.name for p in chosen_query_parameters(view.parameters(view.operation("getContactList")))]
    assert chosen == ["query[email]", "sort[email]", "perPage", "page"]
    chosen = [p.name for p in chosen_query_parameters(view.parameters(view.operation("getActivities")))]
    assert chosen == ["query[createdOn][from]", "query[createdOn][to]", "perPage", "page"]
