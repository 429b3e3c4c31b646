from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET


@_attrs_define
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


def _from_dict(cls: type[NewImport], src_dict: Mapping[str, Any]) -> NewImport:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("campaignId", UNSET)
    if value is UNSET:
        not_in_response(self, "campaign_id")
    else:
        self.campaign_id = value
    value = get("fieldMapping", UNSET)
    if value is UNSET:
        not_in_response(self, "field_mapping")
    elif absent(value):
        self.field_mapping = value
    else:
        try:
            self.field_mapping = _decode_field_mapping(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "field_mapping", value, error)
    value = get("contacts", UNSET)
    if value is UNSET:
        not_in_response(self, "contacts")
    elif absent(value):
        self.contacts = value
    else:
        try:
            self.contacts = _decode_contacts(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "contacts", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewImport._wire_fields}


class NewImportDict(TypedDict, total=False):
    """NewImport as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: Required[str]
    fieldMapping: Required[list[str]]
    contacts: Required[list[list[str]]]


setattr(NewImport, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewImport._wire_names = {
    "campaign_id": "campaignId",
    "field_mapping": "fieldMapping",
    "contacts": "contacts",
}
NewImport._wire_fields = frozenset(NewImport._wire_names.values())
NewImport._decoders = {
    "campaign_id": None,
    "field_mapping": _decode_field_mapping,
    "contacts": _decode_contacts,
}
NewImport._extra_decoder = _decode_additional_properties
