"""Operation-level drift: operations, parameters, request bodies and responses, each found and classified."""

from __future__ import annotations

from typing import Any

from pipeline.drift.spec_diff import diff_specs

from .helpers import the_change

LIST_CONTACTS = "getContactList (GET /contacts)"
DELETE_CONTACT = "deleteContact (DELETE /contacts/{contactId})"
CREATE_CONTACT = "createContact (POST /contacts)"


def query_parameter(document: dict[str, Any], name: str) -> dict[str, Any]:
    parameters: list[dict[str, Any]] = document["paths"]["/contacts"]["get"]["parameters"]
    return next(parameter for parameter in parameters if parameter.get("name") == name)


def test_operation_added_is_not_breaking(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    new_spec["paths"]["/drift-probe"] = {"get": {"operationId": "getDriftProbe", "summary": "probe", "responses": {}}}
    change = the_change(diff_specs(pinned_spec, new_spec), "operation-added", "getDriftProbe (GET /drift-probe)")
    assert not change.breaking


def test_operation_removed_is_breaking(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    del new_spec["paths"]["/contacts"]["get"]
    changes = diff_specs(pinned_spec, new_spec)
    assert the_change(changes, "operation-removed", LIST_CONTACTS).breaking
    assert [c.kind for c in changes] == ["operation-removed"], "nothing else is reported for a removed operation"


def test_same_operation_id_at_another_route_is_a_breaking_move(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    new_spec["paths"]["/contacts-v2"] = {"post": new_spec["paths"]["/contacts"].pop("get")}
    changes = diff_specs(pinned_spec, new_spec)
    change = the_change(changes, "operation-moved", "getContactList (POST /contacts-v2)")
    assert change.breaking
    assert change.detail == "was GET /contacts"
    assert [c.kind for c in changes] == ["operation-moved"], "the moved operation's contents are compared, unchanged"


def test_same_route_under_a_new_operation_id_is_a_breaking_rename(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    new_spec["paths"]["/contacts/{contactId}"]["delete"]["operationId"] = "removeContact"
    changes = diff_specs(pinned_spec, new_spec)
    change = the_change(changes, "operation-renamed", "removeContact (DELETE /contacts/{contactId})")
    assert change.breaking
    assert change.detail == "operationId was deleteContact"


def test_new_optional_parameter_is_not_breaking_and_new_required_one_is(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    parameters = new_spec["paths"]["/contacts"]["get"]["parameters"]
    parameters.append({"name": "query[city]", "in": "query", "required": False, "schema": {"type": "string"}})
    parameters.append({"name": "X-Tenant", "in": "header", "required": True, "schema": {"type": "string"}})
    changes = diff_specs(pinned_spec, new_spec)
    assert not the_change(changes, "parameter-added", f"{LIST_CONTACTS} query parameter query[city]").breaking
    assert the_change(changes, "parameter-added", f"{LIST_CONTACTS} header parameter X-Tenant").breaking


def test_removed_parameter_is_breaking(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    parameters = new_spec["paths"]["/contacts"]["get"]["parameters"]
    parameters.remove(query_parameter(new_spec, "query[name]"))
    changes = diff_specs(pinned_spec, new_spec)
    assert the_change(changes, "parameter-removed", f"{LIST_CONTACTS} query parameter query[name]").breaking


def test_removed_and_added_parameter_with_the_same_schema_is_a_rename(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    query_parameter(new_spec, "query[email]")["name"] = "query[mail]"
    changes = diff_specs(pinned_spec, new_spec)
    change = the_change(changes, "parameter-renamed", f"{LIST_CONTACTS} query parameter query[email]")
    assert change.breaking
    assert change.detail == "renamed to query[mail]"
    assert {c.kind for c in changes} == {"parameter-renamed"}, "not also reported as removed + added"


def test_parameter_made_required_breaks_and_made_optional_does_not(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    query_parameter(new_spec, "query[origin]")["required"] = True
    new_spec["components"]["parameters"]["contactId"]["required"] = False  # shared: reported once, at the component
    changes = diff_specs(pinned_spec, new_spec)
    made_required = the_change(changes, "parameter-required-changed", f"{LIST_CONTACTS} query parameter query[origin]")
    assert made_required.breaking
    assert made_required.detail == "now required"
    made_optional = the_change(changes, "parameter-required-changed", "#/components/parameters/contactId")
    assert not made_optional.breaking
    assert len(changes) == 2


def test_parameter_type_change_is_breaking(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    query_parameter(new_spec, "query[email]")["schema"] = {"type": "integer"}
    change = the_change(
        diff_specs(pinned_spec, new_spec), "parameter-type-changed", f"{LIST_CONTACTS} query parameter query[email]"
    )
    assert change.breaking
    assert change.detail == "string → integer"


def test_enum_value_removed_from_a_request_parameter_is_breaking(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    query_parameter(new_spec, "query[origin]")["schema"]["enum"].remove("chat")
    change = the_change(
        diff_specs(pinned_spec, new_spec), "enum-value-removed", f"{LIST_CONTACTS} query parameter query[origin]/enum"
    )
    assert change.breaking
    assert change.detail == 'removed "chat"'


def test_request_bodies_added_removed_and_made_required(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    del new_spec["paths"]["/contacts"]["post"]["requestBody"]
    delete = new_spec["paths"]["/contacts/{contactId}"]["delete"]
    delete["requestBody"] = {"$ref": "#/components/requestBodies/NewContact"}
    new_spec["components"]["requestBodies"]["NewShop"]["required"] = True  # none is required upstream
    changes = diff_specs(pinned_spec, new_spec)
    assert the_change(changes, "request-body-removed", f"{CREATE_CONTACT} request body").breaking
    assert not the_change(changes, "request-body-added", f"{DELETE_CONTACT} request body").breaking
    made_required = the_change(changes, "request-body-required-changed", "#/components/requestBodies/NewShop")
    assert made_required.detail == "now required"
    assert made_required.breaking


def test_response_status_codes_added_and_removed(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    responses = new_spec["paths"]["/contacts/{contactId}"]["delete"]["responses"]
    responses["202"] = {"description": "Accepted"}
    del responses["204"]
    del responses["404"]
    changes = diff_specs(pinned_spec, new_spec)
    assert not the_change(changes, "response-added", f"{DELETE_CONTACT} response 202").breaking
    assert the_change(changes, "response-removed", f"{DELETE_CONTACT} response 204").breaking
    assert not the_change(changes, "response-removed", f"{DELETE_CONTACT} response 404").breaking


def test_content_types_added_are_not_breaking_removed_are(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    not_found = new_spec["paths"]["/contacts/{contactId}"]["delete"]["responses"]["404"]["content"]
    not_found["application/problem+json"] = not_found.pop("application/json")
    changes = diff_specs(pinned_spec, new_spec)
    response = f"{DELETE_CONTACT} response 404"
    assert the_change(changes, "content-type-removed", f"{response} application/json").breaking
    assert not the_change(changes, "content-type-added", f"{response} application/problem+json").breaking


def test_a_request_content_type_removed_from_a_shared_body_is_breaking(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    content = new_spec["components"]["requestBodies"]["NewContact"]["content"]
    content["application/x-www-form-urlencoded"] = content.pop("application/json")
    changes = diff_specs(pinned_spec, new_spec)
    where = "#/components/requestBodies/NewContact application/json"
    assert the_change(changes, "content-type-removed", where).breaking
