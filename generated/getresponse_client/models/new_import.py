from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewImport(WireModel):
    """
    Attributes:
        campaign_id (str): The ID of the destination campaign (list) Example: z5c.
        field_mapping (list[str]): Mapping definition for such contact properties as email address, name, or custom
            fields.
        contacts (list[list[str]]): Container for a contact definition.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


class NewImportDict(TypedDict, total=False):
    """NewImport as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: Required[str]
    fieldMapping: Required[list[str]]
    contacts: Required[list[list[str]]]


bind_fields(
    NewImport,
    {
        "campaign_id": WireField("campaignId", required=True),
        "field_mapping": WireField("fieldMapping", required=True, decode=_decode_field_mapping, keep=True),
        "contacts": WireField("contacts", required=True, decode=_decode_contacts, keep=True),
    },
    additional_properties=True,
)
