from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="NewImport")


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

    def _encode(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        field_mapping = self.field_mapping

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data

            contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "fieldMapping": field_mapping,
                "contacts": contacts,
            }
        )

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_campaign_id(d: Mapping[str, Any]) -> str:
    campaign_id: str = d["campaignId"]
    return campaign_id


def _decode_field_mapping(d: Mapping[str, Any]) -> list[str]:
    field_mapping = cast(list[str], d["fieldMapping"])

    return field_mapping


def _decode_contacts(d: Mapping[str, Any]) -> list[list[str]]:
    contacts = []
    _contacts = d["contacts"]
    for contacts_item_data in _contacts:
        contacts_item = cast(list[str], contacts_item_data)

        contacts.append(contacts_item)

    return contacts


def _encode_campaign_id(self: NewImport) -> Any:
    campaign_id = self.campaign_id
    return campaign_id


def _encode_field_mapping(self: NewImport) -> Any:
    field_mapping = self.field_mapping

    return field_mapping


def _encode_contacts(self: NewImport) -> Any:
    contacts = []
    for contacts_item_data in self.contacts:
        contacts_item = contacts_item_data

        contacts.append(contacts_item)

    return contacts


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewImport._wire_fields}


NewImport._wire_names = {
    "campaign_id": "campaignId",
    "field_mapping": "fieldMapping",
    "contacts": "contacts",
}
NewImport._wire_fields = frozenset(NewImport._wire_names.values())
NewImport._decoders = {
    "campaign_id": _decode_campaign_id,
    "field_mapping": _decode_field_mapping,
    "contacts": _decode_contacts,
    "additional_properties": _decode_additional_properties,
}
NewImport._encoders = {
    "campaign_id": _encode_campaign_id,
    "field_mapping": _encode_field_mapping,
    "contacts": _encode_contacts,
}
