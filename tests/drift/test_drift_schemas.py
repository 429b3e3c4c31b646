"""Schema drift, judged by which way the schema travels (request, response or both)."""

from __future__ import annotations

from typing import Any

from pipeline.drift.changes import Usage
from pipeline.drift.spec_diff import diff_specs
from pipeline.drift.usage import component_usage

from .helpers import the_change

# Usage in the pinned spec (asserted below, so a re-pin that changes it fails loudly here, not obscurely later).
RESPONSE_ONLY = "#/components/schemas/Webinar"
RESPONSE_ONLY_REQUIRED = "#/components/schemas/WebinarStatistics"  # required: registrants, visitors, attendees
REQUEST_ONLY = "#/components/schemas/UpsertSingleProductCategory"  # required: categoryId
REQUEST_ONLY_ENUM = "#/components/schemas/CreateTransactionalEmail/properties/contentType"
BOTH_WAYS = "#/components/schemas/Contact"


def schema(document: dict[str, Any], pointer: str) -> dict[str, Any]:
    node: dict[str, Any] = document
    for token in pointer.removeprefix("#/").split("/"):
        node = node[token]
    return node


def test_the_schemas_used_here_travel_the_way_the_tests_assume(pinned_spec: dict[str, Any]) -> None:
    usage = component_usage(pinned_spec)
    assert usage[RESPONSE_ONLY] == usage[RESPONSE_ONLY_REQUIRED] == Usage.RESPONSE
    assert usage[REQUEST_ONLY] == usage["#/components/schemas/CreateTransactionalEmail"] == Usage.REQUEST
    assert usage[BOTH_WAYS] == Usage.BOTH


def test_new_optional_response_field_is_not_breaking(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    schema(new_spec, RESPONSE_ONLY)["properties"]["timezone"] = {"type": "string"}
    change = the_change(diff_specs(pinned_spec, new_spec), "property-added", f"{RESPONSE_ONLY}/properties/timezone")
    assert not change.breaking
    assert change.detail == "optional string added"


def test_new_required_field_breaks_requests_but_not_responses(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    for pointer in (REQUEST_ONLY, RESPONSE_ONLY_REQUIRED):
        schema(new_spec, pointer)["properties"]["position"] = {"type": "integer"}
        schema(new_spec, pointer)["required"].append("position")
    changes = diff_specs(pinned_spec, new_spec)
    assert the_change(changes, "property-added", f"{REQUEST_ONLY}/properties/position").breaking
    assert not the_change(changes, "property-added", f"{RESPONSE_ONLY_REQUIRED}/properties/position").breaking


def test_new_required_field_of_a_schema_used_both_ways_breaks_unless_read_only(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    contact = schema(new_spec, BOTH_WAYS)
    contact["properties"]["locale"] = {"type": "string"}
    contact["properties"]["score"] = {"type": "integer", "readOnly": True}  # only ever in responses
    contact["required"] += ["locale", "score"]
    changes = diff_specs(pinned_spec, new_spec)
    assert the_change(changes, "property-added", f"{BOTH_WAYS}/properties/locale").breaking
    assert not the_change(changes, "property-added", f"{BOTH_WAYS}/properties/score").breaking


def test_removed_response_field_is_breaking(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    del schema(new_spec, RESPONSE_ONLY)["properties"]["webinarUrl"]
    change = the_change(diff_specs(pinned_spec, new_spec), "property-removed", f"{RESPONSE_ONLY}/properties/webinarUrl")
    assert change.breaking
    assert change.detail == "string (uri) removed"


def test_type_change_is_breaking(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    schema(new_spec, RESPONSE_ONLY_REQUIRED)["properties"]["registrants"] = {"type": "string"}
    where = f"{RESPONSE_ONLY_REQUIRED}/properties/registrants"
    change = the_change(diff_specs(pinned_spec, new_spec), "type-changed", where)
    assert change.breaking
    assert change.detail == "integer (int64) → string"


def test_format_change_breaks_only_where_the_python_type_changes(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    properties = schema(new_spec, RESPONSE_ONLY)["properties"]
    properties["startsOn"]["format"] = "date"  # datetime -> date
    properties["webinarUrl"]["format"] = "iri"  # str either way
    changes = diff_specs(pinned_spec, new_spec)
    assert the_change(changes, "format-changed", f"{RESPONSE_ONLY}/properties/startsOn").breaking
    validation_only = the_change(changes, "format-changed", f"{RESPONSE_ONLY}/properties/webinarUrl")
    assert not validation_only.breaking
    assert validation_only.detail == "format uri → iri"


def test_nullable_breaks_responses_not_requests(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    schema(new_spec, RESPONSE_ONLY)["properties"]["startsOn"]["nullable"] = True
    schema(new_spec, REQUEST_ONLY)["properties"]["isDefault"]["nullable"] = True
    changes = diff_specs(pinned_spec, new_spec)
    response = the_change(changes, "nullable-changed", f"{RESPONSE_ONLY}/properties/startsOn")
    assert response.breaking
    assert response.detail == "now nullable"
    assert not the_change(changes, "nullable-changed", f"{REQUEST_ONLY}/properties/isDefault").breaking


def test_required_added_breaks_requests_and_required_removed_breaks_responses(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    schema(new_spec, REQUEST_ONLY)["required"] = ["isDefault"]  # categoryId no longer, isDefault now
    schema(new_spec, RESPONSE_ONLY_REQUIRED)["required"] = ["visitors", "attendees", "registrantsToday"]
    schema(new_spec, RESPONSE_ONLY_REQUIRED)["properties"]["registrantsToday"] = {"type": "integer"}
    changes = diff_specs(pinned_spec, new_spec)
    assert the_change(changes, "required-added", f"{REQUEST_ONLY}/properties/isDefault").breaking
    assert not the_change(changes, "required-removed", f"{REQUEST_ONLY}/properties/categoryId").breaking
    assert the_change(changes, "required-removed", f"{RESPONSE_ONLY_REQUIRED}/properties/registrants").breaking
    new_field = the_change(changes, "property-added", f"{RESPONSE_ONLY_REQUIRED}/properties/registrantsToday")
    assert new_field.detail == "required integer added"
    assert not new_field.breaking


def test_enum_values_added_and_removed(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    schema(new_spec, "#/components/schemas/ContactActivity")["properties"]["activity"]["enum"].append("bounce")
    request_enum = schema(new_spec, REQUEST_ONLY_ENUM)
    request_enum["enum"] = ["template", "html"]  # "direct" removed, "html" added
    changes = diff_specs(pinned_spec, new_spec)
    response_enum = "#/components/schemas/ContactActivity/properties/activity/enum"
    response_added = the_change(changes, "enum-value-added", response_enum)
    assert not response_added.breaking, "the client's models are tolerant of new enum values in responses"
    assert not the_change(changes, "enum-value-added", f"{REQUEST_ONLY_ENUM}/enum").breaking
    request_removed = the_change(changes, "enum-value-removed", f"{REQUEST_ONLY_ENUM}/enum")
    assert request_removed.breaking
    assert request_removed.detail == 'removed "direct"'


def test_schemas_added_and_removed(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    schemas = new_spec["components"]["schemas"]
    schemas["DriftProbe"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    del schemas["WebinarNewsletter"]
    changes = diff_specs(pinned_spec, new_spec)
    assert not the_change(changes, "schema-added", "#/components/schemas/DriftProbe").breaking
    assert the_change(changes, "schema-removed", "#/components/schemas/WebinarNewsletter").breaking


def test_a_shared_schema_change_is_reported_once_at_its_definition(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    del schema(new_spec, BOTH_WAYS)["properties"]["dayOfCycle"]
    changes = diff_specs(pinned_spec, new_spec)
    assert [(c.kind, c.where) for c in changes] == [("property-removed", f"{BOTH_WAYS}/properties/dayOfCycle")]


def test_a_response_pointing_at_another_schema_is_a_type_change(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    new_spec["components"]["responses"]["WebinarList"]["content"]["application/json"]["schema"]["items"] = {
        "$ref": "#/components/schemas/WebinarStatistics"
    }
    where = "#/components/responses/WebinarList/content/application~1json/schema/items"
    change = the_change(diff_specs(pinned_spec, new_spec), "type-changed", where)
    assert change.detail == "$ref Webinar → $ref WebinarStatistics"
    assert change.breaking


def test_a_changed_composition_is_a_type_change(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    schema(new_spec, "#/components/schemas/NewContact")["allOf"].pop()  # custom field values no longer mixed in
    change = the_change(diff_specs(pinned_spec, new_spec), "type-changed", "#/components/schemas/NewContact")
    assert change.breaking
    assert change.detail.endswith("→ object & allOf[$ref Contact, object, $ref NewContactTags]")
