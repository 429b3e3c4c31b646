from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItem
    from .create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItemDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CreateBatchContactsBody(WireModel):
    """
    Attributes:
        campaign_id (str): ID of the destination campaign (list). Example: C.
        contacts (list[CreateBatchContactsBodyContactsItem]): Contacts that will be created.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


class CreateBatchContactsBodyDict(TypedDict, total=False):
    """CreateBatchContactsBody as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: Required[str]
    contacts: Required[list[CreateBatchContactsBodyContactsItem | CreateBatchContactsBodyContactsItemDict]]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_batch_contacts_body_contacts_item import CreateBatchContactsBodyContactsItem  # noqa: E402

bind_fields(
    CreateBatchContactsBody,
    {
        "campaign_id": WireField("campaignId", required=True),
        "contacts": WireField("contacts", required=True, decode=_decode_contacts, keep=True),
    },
    additional_properties=True,
)
