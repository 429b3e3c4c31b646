from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

if TYPE_CHECKING:
    from ..models.create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItem


T = TypeVar("T", bound="CreateBatchContactsBody")


@_attrs_define
class CreateBatchContactsBody(WireModel):
    """
    Attributes:
        campaign_id (str): ID of the destination campaign (list). Example: C.
        contacts (list[CreateBatchContactsBodyContactsItem]): Contacts that will be created.
    """

    campaign_id: str
    contacts: list[CreateBatchContactsBodyContactsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
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


def _decode_contacts(d: Mapping[str, Any]) -> list[CreateBatchContactsBodyContactsItem]:
    from ..models.create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItem  # noqa: PLC0415

    contacts = []
    _contacts = d["contacts"]
    for contacts_item_data in _contacts:
        contacts_item = CreateBatchContactsBodyContactsItem.from_dict(contacts_item_data)

        contacts.append(contacts_item)

    return contacts


def _encode_campaign_id(self: CreateBatchContactsBody) -> Any:
    campaign_id = self.campaign_id
    return campaign_id


def _encode_contacts(self: CreateBatchContactsBody) -> Any:
    contacts = []
    for contacts_item_data in self.contacts:
        contacts_item = contacts_item_data.to_dict()
        contacts.append(contacts_item)

    return contacts


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateBatchContactsBody._wire_fields}


CreateBatchContactsBody._wire_names = {
    "campaign_id": "campaignId",
    "contacts": "contacts",
}
CreateBatchContactsBody._wire_fields = frozenset(CreateBatchContactsBody._wire_names.values())
CreateBatchContactsBody._decoders = {
    "campaign_id": _decode_campaign_id,
    "contacts": _decode_contacts,
    "additional_properties": _decode_additional_properties,
}
CreateBatchContactsBody._encoders = {
    "campaign_id": _encode_campaign_id,
    "contacts": _encode_contacts,
}
