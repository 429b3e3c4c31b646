from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_batch_contacts_body_contacts_item_custom_field_values_item import (
        CreateBatchContactsBodyContactsItemCustomFieldValuesItem,
    )
    from ..models.create_batch_contacts_body_contacts_item_tags import CreateBatchContactsBodyContactsItemTags
    from .create_batch_contacts_body_contacts_item_custom_field_values_item import (
        CreateBatchContactsBodyContactsItemCustomFieldValuesItemDict,
    )
    from .create_batch_contacts_body_contacts_item_tags import CreateBatchContactsBodyContactsItemTagsDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CreateBatchContactsBodyContactsItem(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        day_of_cycle (str | Unset): The day a contact is on in an autoresponder cycle. Example: 42.
        scoring (float | Unset): Contact's score Example: 8.
        ip_address (str | Unset): Contact's IP address. Example: 1.2.3.4.
        tags (CreateBatchContactsBodyContactsItemTags | Unset):
        custom_field_values (list[CreateBatchContactsBodyContactsItemCustomFieldValuesItem] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    email: str
    name: str | Unset = UNSET
    day_of_cycle: str | Unset = UNSET
    scoring: float | Unset = UNSET
    ip_address: str | Unset = UNSET
    tags: CreateBatchContactsBodyContactsItemTags | Unset = UNSET
    custom_field_values: list[CreateBatchContactsBodyContactsItemCustomFieldValuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_custom_field_values(
    json_value_: Any,
) -> list[CreateBatchContactsBodyContactsItemCustomFieldValuesItem] | Unset:
    _custom_field_values = json_value_
    custom_field_values: list[CreateBatchContactsBodyContactsItemCustomFieldValuesItem] | Unset = UNSET
    if _custom_field_values is not UNSET:
        custom_field_values = []
        for custom_field_values_item_data in _custom_field_values:
            custom_field_values_item = CreateBatchContactsBodyContactsItemCustomFieldValuesItem.from_dict(
                custom_field_values_item_data
            )

            custom_field_values.append(custom_field_values_item)

    return custom_field_values


class CreateBatchContactsBodyContactsItemDict(TypedDict, total=False):
    """CreateBatchContactsBodyContactsItem as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    email: Required[str]
    name: str
    dayOfCycle: str
    scoring: float
    ipAddress: str
    tags: CreateBatchContactsBodyContactsItemTags | CreateBatchContactsBodyContactsItemTagsDict
    customFieldValues: list[
        CreateBatchContactsBodyContactsItemCustomFieldValuesItem
        | CreateBatchContactsBodyContactsItemCustomFieldValuesItemDict
    ]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_batch_contacts_body_contacts_item_custom_field_values_item import (
    CreateBatchContactsBodyContactsItemCustomFieldValuesItem,  # noqa: E402
)
from ..models.create_batch_contacts_body_contacts_item_tags import CreateBatchContactsBodyContactsItemTags  # noqa: E402

bind_fields(
    CreateBatchContactsBodyContactsItem,
    {
        "email": WireField("email", required=True),
        "name": WireField("name"),
        "day_of_cycle": WireField("dayOfCycle"),
        "scoring": WireField("scoring"),
        "ip_address": WireField("ipAddress"),
        "tags": WireField("tags", decode=CreateBatchContactsBodyContactsItemTags.from_dict, keep=True),
        "custom_field_values": WireField("customFieldValues", decode=_decode_custom_field_values, keep=True),
    },
    additional_properties=True,
)
