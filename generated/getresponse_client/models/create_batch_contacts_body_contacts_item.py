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


@_attrs_define
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

    email: str
    name: str | Unset = UNSET
    day_of_cycle: str | Unset = UNSET
    scoring: float | Unset = UNSET
    ip_address: str | Unset = UNSET
    tags: CreateBatchContactsBodyContactsItemTags | Unset = UNSET
    custom_field_values: list[CreateBatchContactsBodyContactsItemCustomFieldValuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_tags(json_value_: Any) -> CreateBatchContactsBodyContactsItemTags | Unset:
    _tags = json_value_
    tags: CreateBatchContactsBodyContactsItemTags | Unset
    if isinstance(_tags, Unset):
        tags = UNSET
    else:
        tags = CreateBatchContactsBodyContactsItemTags.from_dict(_tags)

    return tags


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


def _from_dict(
    cls: type[CreateBatchContactsBodyContactsItem], src_dict: Mapping[str, Any]
) -> CreateBatchContactsBodyContactsItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("email", UNSET)
    if value is UNSET:
        not_in_response(self, "email")
    else:
        self.email = value
    self.name = get("name", UNSET)
    self.day_of_cycle = get("dayOfCycle", UNSET)
    self.scoring = get("scoring", UNSET)
    self.ip_address = get("ipAddress", UNSET)
    value = get("tags", UNSET)
    if type(value) is dict:
        self.tags = CreateBatchContactsBodyContactsItemTags.from_dict(value)
    elif absent(value):
        self.tags = value
    else:
        try:
            self.tags = _decode_tags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "tags", value, error)
    value = get("customFieldValues", UNSET)
    if absent(value):
        self.custom_field_values = value
    else:
        try:
            self.custom_field_values = _decode_custom_field_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "custom_field_values", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateBatchContactsBodyContactsItem._wire_fields}


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


setattr(
    CreateBatchContactsBodyContactsItem, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
CreateBatchContactsBodyContactsItem._wire_names = {
    "email": "email",
    "name": "name",
    "day_of_cycle": "dayOfCycle",
    "scoring": "scoring",
    "ip_address": "ipAddress",
    "tags": "tags",
    "custom_field_values": "customFieldValues",
}
CreateBatchContactsBodyContactsItem._wire_fields = frozenset(CreateBatchContactsBodyContactsItem._wire_names.values())
CreateBatchContactsBodyContactsItem._decoders = {
    "email": None,
    "name": None,
    "day_of_cycle": None,
    "scoring": None,
    "ip_address": None,
    "tags": _decode_tags,
    "custom_field_values": _decode_custom_field_values,
}
CreateBatchContactsBodyContactsItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_batch_contacts_body_contacts_item_custom_field_values_item import (
    CreateBatchContactsBodyContactsItemCustomFieldValuesItem,  # noqa: E402
)
from ..models.create_batch_contacts_body_contacts_item_tags import CreateBatchContactsBodyContactsItemTags  # noqa: E402
