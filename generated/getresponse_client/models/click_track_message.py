from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.click_track_message_resource_type import ClickTrackMessageResourceType
from ..models.click_track_message_type import ClickTrackMessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickTrackMessage")


@_attrs_define
class ClickTrackMessage(WireModel):
    """The source message reference for a click track

    Attributes:
        resource_id (str | Unset): The ID identifying message resource Example: r35N.
        type_ (ClickTrackMessageType | Unset): The message type Example: broadcast.
        created_on (datetime.datetime | Unset): The message creation date Example: 2019-12-01T08:21:28+0000.
        resource_type (ClickTrackMessageResourceType | Unset): Type of the resource that represents the message in the
            API Example: newsletters.
        href (str | Unset): Direct URL to the resource that represents the message Example:
            https://api.getresponse.com/v3/newsletters/r35N.
    """

    resource_id: str | Unset = UNSET
    type_: ClickTrackMessageType | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    resource_type: ClickTrackMessageResourceType | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        resource_id = self.resource_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type.value

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if href is not UNSET:
            field_dict["href"] = href

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


def _encode_resource_id(self: ClickTrackMessage) -> Any:
    resource_id = self.resource_id
    return resource_id


def _decode_type_(json_value_: Any) -> ClickTrackMessageType | Unset:
    _type_ = json_value_
    type_: ClickTrackMessageType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = ClickTrackMessageType(_type_)

    return type_


def _encode_type_(self: ClickTrackMessage) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_created_on(self: ClickTrackMessage) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _decode_resource_type(json_value_: Any) -> ClickTrackMessageResourceType | Unset:
    _resource_type = json_value_
    resource_type: ClickTrackMessageResourceType | Unset
    if isinstance(_resource_type, Unset):
        resource_type = UNSET
    else:
        resource_type = ClickTrackMessageResourceType(_resource_type)

    return resource_type


def _encode_resource_type(self: ClickTrackMessage) -> Any:
    resource_type: str | Unset = UNSET
    if not isinstance(self.resource_type, Unset):
        resource_type = self.resource_type.value

    return resource_type


def _encode_href(self: ClickTrackMessage) -> Any:
    href = self.href
    return href


def _from_dict(cls: type[ClickTrackMessage], src_dict: Mapping[str, Any]) -> ClickTrackMessage:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.resource_id = get("resourceId", UNSET)
    value = get("type", UNSET)
    if absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("createdOn", UNSET)
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("resourceType", UNSET)
    if absent(value):
        self.resource_type = value
    else:
        try:
            self.resource_type = _decode_resource_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "resource_type", value, error)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ClickTrackMessage._wire_fields}


setattr(ClickTrackMessage, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ClickTrackMessage._wire_names = {
    "resource_id": "resourceId",
    "type_": "type",
    "created_on": "createdOn",
    "resource_type": "resourceType",
    "href": "href",
}
ClickTrackMessage._wire_fields = frozenset(ClickTrackMessage._wire_names.values())
ClickTrackMessage._decoders = {
    "resource_id": None,
    "type_": _decode_type_,
    "created_on": _decode_created_on,
    "resource_type": _decode_resource_type,
    "href": None,
}
ClickTrackMessage._encoders = {
    "resource_id": _encode_resource_id,
    "type_": _encode_type_,
    "created_on": _encode_created_on,
    "resource_type": _encode_resource_type,
    "href": _encode_href,
}
ClickTrackMessage._extra_decoder = _decode_additional_properties
