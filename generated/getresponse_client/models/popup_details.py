from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.popup_details_status import PopupDetailsStatus
from ..models.popup_details_type import PopupDetailsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PopupDetails")


@_attrs_define
class PopupDetails(WireModel):
    """
    Attributes:
        popup_id (str | Unset): The form or popup ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
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

    popup_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    status: PopupDetailsStatus | Unset = UNSET
    type_: PopupDetailsType | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        popup_id = self.popup_id

        href = self.href

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        thumbnail_url = self.thumbnail_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if popup_id is not UNSET:
            field_dict["popupId"] = popup_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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


def _encode_popup_id(self: PopupDetails) -> Any:
    popup_id = self.popup_id
    return popup_id


def _encode_href(self: PopupDetails) -> Any:
    href = self.href
    return href


def _encode_name(self: PopupDetails) -> Any:
    name = self.name
    return name


def _decode_status(json_value_: Any) -> PopupDetailsStatus | Unset:
    _status = json_value_
    status: PopupDetailsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = PopupDetailsStatus(_status)

    return status


def _encode_status(self: PopupDetails) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _decode_type_(json_value_: Any) -> PopupDetailsType | Unset:
    _type_ = json_value_
    type_: PopupDetailsType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PopupDetailsType(_type_)

    return type_


def _encode_type_(self: PopupDetails) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _encode_thumbnail_url(self: PopupDetails) -> Any:
    thumbnail_url = self.thumbnail_url
    return thumbnail_url


def _decode_created_at(json_value_: Any) -> datetime.datetime | Unset:
    _created_at = json_value_
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _encode_created_at(self: PopupDetails) -> Any:
    created_at: str | Unset = UNSET
    if not isinstance(self.created_at, Unset):
        created_at = self.created_at.isoformat()
    return created_at


def _decode_updated_at(json_value_: Any) -> datetime.datetime | Unset:
    _updated_at = json_value_
    updated_at: datetime.datetime | Unset
    if isinstance(_updated_at, Unset):
        updated_at = UNSET
    else:
        updated_at = datetime.datetime.fromisoformat(_updated_at)

    return updated_at


def _encode_updated_at(self: PopupDetails) -> Any:
    updated_at: str | Unset = UNSET
    if not isinstance(self.updated_at, Unset):
        updated_at = self.updated_at.isoformat()
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
    self.popup_id = get("popupId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    value = get("status", UNSET)
    if absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("type", UNSET)
    if absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    self.thumbnail_url = get("thumbnailUrl", UNSET)
    value = get("createdAt", UNSET)
    if absent(value):
        self.created_at = value
    else:
        try:
            self.created_at = _decode_created_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    value = get("updatedAt", UNSET)
    if absent(value):
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
PopupDetails._encoders = {
    "popup_id": _encode_popup_id,
    "href": _encode_href,
    "name": _encode_name,
    "status": _encode_status,
    "type_": _encode_type_,
    "thumbnail_url": _encode_thumbnail_url,
    "created_at": _encode_created_at,
    "updated_at": _encode_updated_at,
}
PopupDetails._extra_decoder = _decode_additional_properties
