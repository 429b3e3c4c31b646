from __future__ import annotations

import datetime
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
    parse_datetime,
)

from ..models.click_track_message_resource_type import ClickTrackMessageResourceType
from ..models.click_track_message_type import ClickTrackMessageType
from ..types import UNSET, Unset


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


def _decode_type_(json_value_: Any) -> ClickTrackMessageType | Unset:
    _type_ = json_value_
    type_: ClickTrackMessageType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = ClickTrackMessageType(_type_)

    return type_


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_resource_type(json_value_: Any) -> ClickTrackMessageResourceType | Unset:
    _resource_type = json_value_
    resource_type: ClickTrackMessageResourceType | Unset
    if isinstance(_resource_type, Unset):
        resource_type = UNSET
    else:
        resource_type = ClickTrackMessageResourceType(_resource_type)

    return resource_type


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
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = ClickTrackMessageType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("resourceType", UNSET)
    if type(value) is str:
        try:
            self.resource_type = _members_resource_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.resource_type = ClickTrackMessageResourceType(value)
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
ClickTrackMessage._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(ClickTrackMessageType)
_members_resource_type = enum_members(ClickTrackMessageResourceType)
