from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

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

if TYPE_CHECKING:
    from ..models.create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItem
    from .create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItemDict


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


def _decode_contacts(json_value_: Any) -> list[CreateBatchContactsBodyContactsItem]:
    contacts = []
    _contacts = json_value_
    for contacts_item_data in _contacts:
        contacts_item = CreateBatchContactsBodyContactsItem.from_dict(contacts_item_data)

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
    value = get("campaignId", UNSET)
    if value is UNSET:
        not_in_response(self, "campaign_id")
    else:
        self.campaign_id = value
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
    return {key: value for key, value in d.items() if key not in CreateBatchContactsBody._wire_fields}


class CreateBatchContactsBodyDict(TypedDict, total=False):
    """CreateBatchContactsBody as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: Required[str]
    contacts: Required[list[CreateBatchContactsBodyContactsItem | CreateBatchContactsBodyContactsItemDict]]


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
CreateBatchContactsBody._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItem  # noqa: E402
