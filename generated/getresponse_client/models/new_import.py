from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewImport(WireModel):
    """
    Attributes:
        campaign_id (str): The ID of the destination campaign (list) Example: z5c.
        field_mapping (list[str]): Mapping definition for such contact properties as email address, name, or custom
            fields.
        contacts (list[list[str]]): Container for a contact definition.
    """

    campaign_id: str
    field_mapping: list[str]
    contacts: list[list[str]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_field_mapping(json_value_: Any) -> list[str]:
    field_mapping = cast(list[str], json_value_)

    return field_mapping


def _decode_contacts(json_value_: Any) -> list[list[str]]:
    contacts = []
    _contacts = json_value_
    for contacts_item_data in _contacts:
        contacts_item = cast(list[str], contacts_item_data)

        contacts.append(contacts_item)

    return contacts


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewImport._wire_fields}


class NewImportDict(TypedDict, total=False):
    """NewImport as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: Required[str]
    fieldMapping: Required[list[str]]
    contacts: Required[list[list[str]]]


NewImport._extra_decoder = _decode_additional_properties

bind_fields(
    NewImport,
    {
        "campaign_id": WireField("campaignId", required=True),
        "field_mapping": WireField("fieldMapping", required=True, decode=_decode_field_mapping, keep=True),
        "contacts": WireField("contacts", required=True, decode=_decode_contacts, keep=True),
    },
    additional_properties=True,
)
