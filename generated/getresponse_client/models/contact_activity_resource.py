from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
)

from ..models.contact_activity_resource_resource_type import ContactActivityResourceResourceType
from ..types import UNSET, Unset


@_attrs_define
class ContactActivityResource(WireModel):
    """
    Attributes:
        resource_id (None | str | Unset):  Example: oY2n.
        resource_type (ContactActivityResourceResourceType | Unset):  Example: newsletters.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/newsletters/oY2n.
    """

    resource_id: None | str | Unset = UNSET
    resource_type: ContactActivityResourceResourceType | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_resource_type(json_value_: Any) -> ContactActivityResourceResourceType | Unset:
    _resource_type = json_value_
    resource_type: ContactActivityResourceResourceType | Unset
    if isinstance(_resource_type, Unset):
        resource_type = UNSET
    else:
        resource_type = ContactActivityResourceResourceType(_resource_type)

    return resource_type


def _from_dict(cls: type[ContactActivityResource], src_dict: Mapping[str, Any]) -> ContactActivityResource:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.resource_id = get("resourceId", UNSET)
    value = get("resourceType", UNSET)
    if type(value) is str:
        try:
            self.resource_type = _members_resource_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.resource_type = ContactActivityResourceResourceType(value)
    elif absent(value):
        self.resource_type = value
    else:
        try:
            self.resource_type = _decode_resource_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "resource_type", value, error)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactActivityResource._wire_fields}


setattr(ContactActivityResource, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactActivityResource._wire_names = {
    "resource_id": "resourceId",
    "resource_type": "resourceType",
    "href": "href",
}
ContactActivityResource._wire_fields = frozenset(ContactActivityResource._wire_names.values())
ContactActivityResource._decoders = {
    "resource_id": None,
    "resource_type": _decode_resource_type,
    "href": None,
}
ContactActivityResource._extra_decoder = _decode_additional_properties
_members_resource_type = enum_members(ContactActivityResourceResourceType)
