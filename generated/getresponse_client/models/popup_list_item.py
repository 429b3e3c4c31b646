from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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

from ..models.popup_list_item_status import PopupListItemStatus
from ..models.popup_list_item_type import PopupListItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.popup_list_item_statistics import PopupListItemStatistics


@_attrs_define
class PopupListItem(WireModel):
    """
    Attributes:
        popup_id (str): The form or popup ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/popups/6b0d7d59-71d9-4708-80a6-aa0f13805111.
        name (str | Unset): The form or popup name Example: My popup name.
        status (PopupListItemStatus | Unset): The form or popup status
        type_ (PopupListItemType | Unset): The form or popup type
        created_at (datetime.datetime | Unset): The date (in GMT) the form or popup was created. Example:
            2024-01-10T10:00:00.
        updated_at (datetime.datetime | Unset): The date (in GMT) the form or popup was updated. Example:
            2024-01-10T10:00:00.
        statistics (PopupListItemStatistics | Unset):
    """

    popup_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    status: PopupListItemStatus | Unset = UNSET
    type_: PopupListItemType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    statistics: PopupListItemStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> PopupListItemStatus | Unset:
    _status = json_value_
    status: PopupListItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = PopupListItemStatus(_status)

    return status


def _decode_type_(json_value_: Any) -> PopupListItemType | Unset:
    _type_ = json_value_
    type_: PopupListItemType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PopupListItemType(_type_)

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


def _decode_statistics(json_value_: Any) -> PopupListItemStatistics | Unset:
    _statistics = json_value_
    statistics: PopupListItemStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = PopupListItemStatistics.from_dict(_statistics)

    return statistics


def _from_dict(cls: type[PopupListItem], src_dict: Mapping[str, Any]) -> PopupListItem:
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
            self.status = PopupListItemStatus(value)
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
            self.type_ = PopupListItemType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
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
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = PopupListItemStatistics.from_dict(value)
    elif absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupListItem._wire_fields}


setattr(PopupListItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
PopupListItem._wire_names = {
    "popup_id": "popupId",
    "href": "href",
    "name": "name",
    "status": "status",
    "type_": "type",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "statistics": "statistics",
}
PopupListItem._wire_fields = frozenset(PopupListItem._wire_names.values())
PopupListItem._decoders = {
    "popup_id": None,
    "href": None,
    "name": None,
    "status": _decode_status,
    "type_": _decode_type_,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "statistics": _decode_statistics,
}
PopupListItem._extra_decoder = _decode_additional_properties
_members_status = enum_members(PopupListItemStatus)
_members_type_ = enum_members(PopupListItemType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.popup_list_item_statistics import PopupListItemStatistics  # noqa: E402
