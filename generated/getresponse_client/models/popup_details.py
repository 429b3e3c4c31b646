from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_popup_id(d: Mapping[str, Any]) -> str | Unset:
    popup_id: str | Unset = d.get("popupId", UNSET)
    return popup_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_status(d: Mapping[str, Any]) -> PopupDetailsStatus | Unset:
    _status = d.get("status", UNSET)
    status: PopupDetailsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = PopupDetailsStatus(_status)

    return status


def _decode_type_(d: Mapping[str, Any]) -> PopupDetailsType | Unset:
    _type_ = d.get("type", UNSET)
    type_: PopupDetailsType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PopupDetailsType(_type_)

    return type_


def _decode_thumbnail_url(d: Mapping[str, Any]) -> str | Unset:
    thumbnail_url: str | Unset = d.get("thumbnailUrl", UNSET)
    return thumbnail_url


def _decode_created_at(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_at = d.get("createdAt", UNSET)
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _decode_updated_at(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _updated_at = d.get("updatedAt", UNSET)
    updated_at: datetime.datetime | Unset
    if isinstance(_updated_at, Unset):
        updated_at = UNSET
    else:
        updated_at = datetime.datetime.fromisoformat(_updated_at)

    return updated_at


def _encode_popup_id(self: PopupDetails) -> Any:
    popup_id = self.popup_id
    return popup_id


def _encode_href(self: PopupDetails) -> Any:
    href = self.href
    return href


def _encode_name(self: PopupDetails) -> Any:
    name = self.name
    return name


def _encode_status(self: PopupDetails) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_type_(self: PopupDetails) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _encode_thumbnail_url(self: PopupDetails) -> Any:
    thumbnail_url = self.thumbnail_url
    return thumbnail_url


def _encode_created_at(self: PopupDetails) -> Any:
    created_at: str | Unset = UNSET
    if not isinstance(self.created_at, Unset):
        created_at = self.created_at.isoformat()
    return created_at


def _encode_updated_at(self: PopupDetails) -> Any:
    updated_at: str | Unset = UNSET
    if not isinstance(self.updated_at, Unset):
        updated_at = self.updated_at.isoformat()
    return updated_at


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupDetails._wire_fields}


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
    "popup_id": _decode_popup_id,
    "href": _decode_href,
    "name": _decode_name,
    "status": _decode_status,
    "type_": _decode_type_,
    "thumbnail_url": _decode_thumbnail_url,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "additional_properties": _decode_additional_properties,
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
