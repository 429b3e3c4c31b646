from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.popup_list_item_status import PopupListItemStatus
from ..models.popup_list_item_type import PopupListItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.popup_list_item_statistics import PopupListItemStatistics


T = TypeVar("T", bound="PopupListItem")


@_attrs_define
class PopupListItem(WireModel):
    """
    Attributes:
        popup_id (str | Unset): The form or popup ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
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

    popup_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    status: PopupListItemStatus | Unset = UNSET
    type_: PopupListItemType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    statistics: PopupListItemStatistics | Unset = UNSET
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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

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


def _decode_status(d: Mapping[str, Any]) -> PopupListItemStatus | Unset:
    _status = d.get("status", UNSET)
    status: PopupListItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = PopupListItemStatus(_status)

    return status


def _decode_type_(d: Mapping[str, Any]) -> PopupListItemType | Unset:
    _type_ = d.get("type", UNSET)
    type_: PopupListItemType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PopupListItemType(_type_)

    return type_


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


def _decode_statistics(d: Mapping[str, Any]) -> PopupListItemStatistics | Unset:
    from ..models.popup_list_item_statistics import PopupListItemStatistics  # noqa: PLC0415

    _statistics = d.get("statistics", UNSET)
    statistics: PopupListItemStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = PopupListItemStatistics.from_dict(_statistics)

    return statistics


def _encode_popup_id(self: PopupListItem) -> Any:
    popup_id = self.popup_id
    return popup_id


def _encode_href(self: PopupListItem) -> Any:
    href = self.href
    return href


def _encode_name(self: PopupListItem) -> Any:
    name = self.name
    return name


def _encode_status(self: PopupListItem) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_type_(self: PopupListItem) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _encode_created_at(self: PopupListItem) -> Any:
    created_at: str | Unset = UNSET
    if not isinstance(self.created_at, Unset):
        created_at = self.created_at.isoformat()
    return created_at


def _encode_updated_at(self: PopupListItem) -> Any:
    updated_at: str | Unset = UNSET
    if not isinstance(self.updated_at, Unset):
        updated_at = self.updated_at.isoformat()
    return updated_at


def _encode_statistics(self: PopupListItem) -> Any:
    statistics: dict[str, Any] | Unset = UNSET
    if not isinstance(self.statistics, Unset):
        statistics = self.statistics.to_dict()
    return statistics


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupListItem._wire_fields}


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
    "popup_id": _decode_popup_id,
    "href": _decode_href,
    "name": _decode_name,
    "status": _decode_status,
    "type_": _decode_type_,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "statistics": _decode_statistics,
    "additional_properties": _decode_additional_properties,
}
PopupListItem._encoders = {
    "popup_id": _encode_popup_id,
    "href": _encode_href,
    "name": _encode_name,
    "status": _encode_status,
    "type_": _encode_type_,
    "created_at": _encode_created_at,
    "updated_at": _encode_updated_at,
    "statistics": _encode_statistics,
}
