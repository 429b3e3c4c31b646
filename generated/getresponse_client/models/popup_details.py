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
    not_in_response,
    parse_datetime,
)

from ..models.popup_details_status import PopupDetailsStatus
from ..models.popup_details_type import PopupDetailsType
from ..types import UNSET, Unset


@_attrs_define
class PopupDetails(WireModel):
    """
    Attributes:
        popup_id (str): The form or popup ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/popups/ce84fabc-1349-4992-a2d7-0c44c5534128.
        name (str | Unset): The form or popup name Example: My popup name.
        status (PopupDetailsStatus | Unset): The form or popup status
        type_ (PopupDetailsType | Unset): The form or popup type
        thumbnail_url (str | Unset): Direct hyperlink to a resource Example: https://us-wbe-img2.gr-
            cdn.com/user/X/Y.webp.
        created_at (datetime.datetime | Unset): The date (in GMT) the form or popup was created. Example:
            2024-01-01T10:35:00.
        updated_at (datetime.datetime | Unset): The date (in GMT) the form or popup was updated. Example:
            2024-01-10T10:00:00.
    """

    popup_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    status: PopupDetailsStatus | Unset = UNSET
    type_: PopupDetailsType | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> PopupDetailsStatus | Unset:
    _status = json_value_
    status: PopupDetailsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = PopupDetailsStatus(_status)

    return status


def _decode_type_(json_value_: Any) -> PopupDetailsType | Unset:
    _type_ = json_value_
    type_: PopupDetailsType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PopupDetailsType(_type_)

    return type_


def _decode_created_at(json_value_: Any) -> datetime.datetime | Unset:
    _created_at = json_value_
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _decode_updated_at(json_value_: Any) -> datetime.datetime | Unset:
    _updated_at = json_value_
    updated_at: datetime.datetime | Unset
    if isinstance(_updated_at, Unset):
        updated_at = UNSET
    else:
        updated_at = datetime.datetime.fromisoformat(_updated_at)

    return updated_at


def _from_dict(cls: type[PopupDetails], src_dict: Mapping[str, Any]) -> PopupDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("popupId", UNSET)
    if value is UNSET:
        not_in_response(self, "popup_id")
    else:
        self.popup_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = PopupDetailsStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = PopupDetailsType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    self.thumbnail_url = get("thumbnailUrl", UNSET)
    value = get("createdAt", UNSET)
    if type(value) is str:
        try:
            self.created_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    elif absent(value):
        self.created_at = value
    else:
        try:
            self.created_at = _decode_created_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    value = get("updatedAt", UNSET)
    if type(value) is str:
        try:
            self.updated_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_at", value, error)
    elif absent(value):
        self.updated_at = value
    else:
        try:
            self.updated_at = _decode_updated_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_at", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupDetails._wire_fields}


setattr(PopupDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
PopupDetails._wire_names = {
    "popup_id": "popupId",
    "href": "href",
    "name": "name",
    "status": "status",
    "type_": "type",
    "thumbnail_url": "thumbnailUrl",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
}
PopupDetails._wire_fields = frozenset(PopupDetails._wire_names.values())
PopupDetails._decoders = {
    "popup_id": None,
    "href": None,
    "name": None,
    "status": _decode_status,
    "type_": _decode_type_,
    "thumbnail_url": None,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
}
PopupDetails._extra_decoder = _decode_additional_properties
_members_status = enum_members(PopupDetailsStatus)
_members_type_ = enum_members(PopupDetailsType)
