"""overlays/15-ids-always-returned.yaml: response models type the resource id as plain `str`.

GetResponse adds a resource's id to every answer, also when `fields=` trims the rest, so the overlay makes the id
required in response schemas (and only there: a request model must never demand an id the caller cannot know).
Parsing stays tolerant: an answer that lacks the id still parses, and reading the id raises
FieldNotInResponseError (no value is made up for it).
"""

from __future__ import annotations

import typing
from typing import Any

import attrs
import pytest
import yaml

from getresponse_client.models import (
    AutoresponderDetails,
    AutoresponderListItem,
    ContactListElement,
    CustomField,
    CustomFieldResponse,
    FromField,
    ListDetails,
    ListsElement,
    NewCustomField,
    NewList,
    NewsletterListElement,
    OrderResponse,
    ShopDetails,
    Tag,
    TagDetails,
    UpsertTagsResponse200Item,
    Webinar,
)
from getresponse_client.types import UNSET, Unset
from getresponse_runtime.wire import FieldNotInResponseError, WireModel
from pipeline import paths

OVERLAY = paths.OVERLAYS / "15-ids-always-returned.yaml"

# (response model, attribute, wire name)
RESPONSE_IDS: list[tuple[type[WireModel], str, str]] = [
    (Tag, "tag_id", "tagId"),
    (TagDetails, "tag_id", "tagId"),
    (UpsertTagsResponse200Item, "tag_id", "tagId"),
    (ListsElement, "campaign_id", "campaignId"),
    (ListDetails, "campaign_id", "campaignId"),
    (CustomFieldResponse, "custom_field_id", "customFieldId"),
    (FromField, "from_field_id", "fromFieldId"),
    (AutoresponderListItem, "autoresponder_id", "autoresponderId"),
    (AutoresponderDetails, "autoresponder_id", "autoresponderId"),
    (Webinar, "webinar_id", "webinarId"),
    (ShopDetails, "shop_id", "shopId"),
    (OrderResponse, "order_id", "orderId"),
    # required by overlays/10-spec-fixes.yaml or upstream already; kept here so that they stay so
    (ContactListElement, "contact_id", "contactId"),
    (NewsletterListElement, "newsletter_id", "newsletterId"),
]

# Request models (or response schemas that a request body builds on): the id stays optional.
OPTIONAL_IDS: list[tuple[type[WireModel], str]] = [
    (NewList, "campaign_id"),
    (NewCustomField, "custom_field_id"),
    (CustomField, "custom_field_id"),
]


def ids(case: tuple[Any, ...]) -> str:
    return f"{case[0].__name__}.{case[1]}"


def attrs_field(model: type[WireModel], attribute: str) -> attrs.Attribute[Any]:
    assert attrs.has(model)
    return attrs.fields_dict(model)[attribute]


@pytest.mark.parametrize("case", RESPONSE_IDS, ids=ids)
def test_response_id_is_plain_str(case: tuple[type[WireModel], str, str]) -> None:
    model, attribute, _ = case
    assert typing.get_type_hints(model)[attribute] is str
    assert attrs_field(model, attribute).default is attrs.NOTHING


@pytest.mark.parametrize("case", OPTIONAL_IDS, ids=ids)
def test_request_side_id_stays_optional(case: tuple[type[WireModel], str]) -> None:
    model, attribute = case
    assert typing.get_type_hints(model)[attribute] == str | Unset
    assert attrs_field(model, attribute).default is UNSET


def test_new_list_is_unchanged_by_the_split_from_list_details() -> None:
    # NewCampaign is rebuilt from ListDetails' parts; it must still require exactly the list name.
    required = [field.name for field in attrs.fields(NewList) if field.default is attrs.NOTHING]
    assert required == ["name"]
    assert {field.name for field in attrs.fields(NewList)} == {field.name for field in attrs.fields(ListDetails)}


@pytest.mark.parametrize("case", RESPONSE_IDS, ids=ids)
def test_a_response_without_the_id_still_parses(case: tuple[type[WireModel], str, str]) -> None:
    model, attribute, wire_name = case
    parsed = model.from_dict({"someUndocumentedField": 1})
    with pytest.raises(FieldNotInResponseError, match=rf"{model.__name__}\.{attribute} \(wire name '{wire_name}'\)"):
        getattr(parsed, attribute)
    assert not hasattr(parsed, attribute)
    assert parsed.to_dict() == {"someUndocumentedField": 1}


@pytest.mark.parametrize("case", RESPONSE_IDS, ids=ids)
def test_the_id_is_read_as_sent(case: tuple[type[WireModel], str, str]) -> None:
    model, attribute, wire_name = case
    parsed = model.from_dict({wire_name: "vBd5"})
    assert getattr(parsed, attribute) == "vBd5"
    assert parsed.to_dict() == {wire_name: "vBd5"}


def test_partial_tag_without_its_id_names_the_field_instead_of_inventing_a_value() -> None:
    tag = TagDetails.from_dict({"name": "vip"})
    with pytest.raises(FieldNotInResponseError, match="was not in the answer") as raised:
        _ = tag.tag_id  # typed str: what GetResponse sends; a str is never made up when it did not
    assert (raised.value.model, raised.value.field, raised.value.wire_name) == ("TagDetails", "tag_id", "tagId")
    assert getattr(tag, "tag_id", None) is None
    assert tag.name == "vip"


# --- the overlay itself: ids go only where no request body reaches ----------------------------------------


def schema_names_reachable_from_request_bodies(spec: dict[str, Any]) -> set[str]:
    schemas = spec["components"]["schemas"]
    request_bodies = spec["components"].get("requestBodies", {})
    seen: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                kind, _, name = ref.removeprefix("#/components/").partition("/")
                if kind == "schemas" and name not in seen:
                    seen.add(name)
                    walk(schemas[name])
                elif kind == "requestBodies":
                    walk(request_bodies[name])
            for key, value in node.items():
                if key != "$ref":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                walk(operation["requestBody"])
    return seen


def overlay_targets() -> list[tuple[str, str]]:
    """(target, required id) of each action that adds to a `required` list."""
    overlay = yaml.safe_load(OVERLAY.read_text())
    result = []
    for action in overlay["actions"]:
        update = action["update"]
        if isinstance(update, str):
            result.append((action["target"], update))
        elif "allOf" not in update:
            (added,) = update["required"]
            result.append((action["target"], added))
    return result


def test_every_action_has_a_description() -> None:
    overlay = yaml.safe_load(OVERLAY.read_text())
    assert all(action.get("description") for action in overlay["actions"])


def test_required_ids_are_added_only_to_response_schemas(overlaid_spec: dict[str, Any]) -> None:
    reachable = schema_names_reachable_from_request_bodies(overlaid_spec)
    schemas = overlaid_spec["components"]["schemas"]
    for target, added in overlay_targets():
        assert added.endswith("Id"), target
        parts = target.removeprefix("$.").split(".")
        if parts[:2] != ["components", "schemas"]:
            continue  # an inline schema under components.responses: a response by construction
        name = parts[2]
        assert name not in reachable, f"{name} is (part of) a request body"
        schema = schemas[name]
        if parts[3:] == ["items"]:
            schema = schema["items"]
        assert added in schema["required"], target


def test_existing_required_entries_are_kept(overlaid_spec: dict[str, Any]) -> None:
    # Campaign already required name: the id is appended, not put in its place.
    assert overlaid_spec["components"]["schemas"]["Campaign"]["required"] == ["name", "campaignId"]
