from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

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


def _encode_campaign_id(self: CreateBatchContactsBody) -> Any:
    campaign_id = self.campaign_id
    return campaign_id


def _decode_contacts(json_value_: Any) -> list[CreateBatchContactsBodyContactsItem]:
    contacts = []
    _contacts = json_value_
    for contacts_item_data in _contacts:
        contacts_item = CreateBatchContactsBodyContactsItem.from_dict(contacts_item_data)

        contacts.append(contacts_item)

    return contacts


def _encode_contacts(self: CreateBatchContactsBody) -> Any:
    contacts = []
    for contacts_item_data in self.contacts:
        contacts_item = contacts_item_data.to_dict()
        contacts.append(contacts_item)

    return contacts


def _from_dict(cls: type[CreateBatchContactsBody], src_dict: Mapping[str, Any]) -> CreateBatchContactsBody:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.campaign_id = get("campaignId", UNSET)
    value = get("contacts", UNSET)
    if absent(value):
        self.contacts = value
    else:
        try:
            self.contacts = _decode_contacts(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "contacts", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateBatchContactsBody._wire_fields}


setattr(CreateBatchContactsBody, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CreateBatchContactsBody._wire_names = {
    "campaign_id": "campaignId",
    "contacts": "contacts",
}
CreateBatchContactsBody._wire_fields = frozenset(CreateBatchContactsBody._wire_names.values())
CreateBatchContactsBody._decoders = {
    "campaign_id": None,
    "contacts": _decode_contacts,
}
CreateBatchContactsBody._encoders = {
    "campaign_id": _encode_campaign_id,
    "contacts": _encode_contacts,
}
CreateBatchContactsBody._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItem  # noqa: E402
