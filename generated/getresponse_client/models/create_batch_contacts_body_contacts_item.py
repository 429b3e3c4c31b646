from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_batch_contacts_body_contacts_item_custom_field_values_item import (
        CreateBatchContactsBodyContactsItemCustomFieldValuesItem,
    )
    from ..models.create_batch_contacts_body_contacts_item_tags import CreateBatchContactsBodyContactsItemTags


T = TypeVar("T", bound="CreateBatchContactsBodyContactsItem")


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

    def _encode(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        day_of_cycle = self.day_of_cycle

        scoring = self.scoring

        ip_address: str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        custom_field_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = []
            for custom_field_values_item_data in self.custom_field_values:
                custom_field_values_item = custom_field_values_item_data.to_dict()
                custom_field_values.append(custom_field_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if day_of_cycle is not UNSET:
            field_dict["dayOfCycle"] = day_of_cycle
        if scoring is not UNSET:
            field_dict["scoring"] = scoring
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_field_values is not UNSET:
            field_dict["customFieldValues"] = custom_field_values

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


def _encode_email(self: CreateBatchContactsBodyContactsItem) -> Any:
    email = self.email
    return email


def _encode_name(self: CreateBatchContactsBodyContactsItem) -> Any:
    name = self.name
    return name


def _encode_day_of_cycle(self: CreateBatchContactsBodyContactsItem) -> Any:
    day_of_cycle = self.day_of_cycle
    return day_of_cycle


def _encode_scoring(self: CreateBatchContactsBodyContactsItem) -> Any:
    scoring = self.scoring
    return scoring


def _encode_ip_address(self: CreateBatchContactsBodyContactsItem) -> Any:
    ip_address: str | Unset
    if isinstance(self.ip_address, Unset):
        ip_address = UNSET
    else:
        ip_address = self.ip_address
    return ip_address


def _decode_tags(json_value_: Any) -> CreateBatchContactsBodyContactsItemTags | Unset:
    _tags = json_value_
    tags: CreateBatchContactsBodyContactsItemTags | Unset
    if isinstance(_tags, Unset):
        tags = UNSET
    else:
        tags = CreateBatchContactsBodyContactsItemTags.from_dict(_tags)

    return tags


def _encode_tags(self: CreateBatchContactsBodyContactsItem) -> Any:
    tags: dict[str, Any] | Unset = UNSET
    if not isinstance(self.tags, Unset):
        tags = self.tags.to_dict()
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


def _encode_custom_field_values(self: CreateBatchContactsBodyContactsItem) -> Any:
    custom_field_values: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.custom_field_values, Unset):
        custom_field_values = []
        for custom_field_values_item_data in self.custom_field_values:
            custom_field_values_item = custom_field_values_item_data.to_dict()
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
    self.email = get("email", UNSET)
    self.name = get("name", UNSET)
    self.day_of_cycle = get("dayOfCycle", UNSET)
    self.scoring = get("scoring", UNSET)
    self.ip_address = get("ipAddress", UNSET)
    value = get("tags", UNSET)
    if absent(value):
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
CreateBatchContactsBodyContactsItem._encoders = {
    "email": _encode_email,
    "name": _encode_name,
    "day_of_cycle": _encode_day_of_cycle,
    "scoring": _encode_scoring,
    "ip_address": _encode_ip_address,
    "tags": _encode_tags,
    "custom_field_values": _encode_custom_field_values,
}
CreateBatchContactsBodyContactsItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_batch_contacts_body_contacts_item_custom_field_values_item import (
    CreateBatchContactsBodyContactsItemCustomFieldValuesItem,  # noqa: E402
)
from ..models.create_batch_contacts_body_contacts_item_tags import CreateBatchContactsBodyContactsItemTags  # noqa: E402
