from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gdpr_field_latest_version import GDPRFieldLatestVersion


T = TypeVar("T", bound="GDPRFieldDetails")


@_attrs_define
class GDPRFieldDetails(WireModel):
    """
    Attributes:
        gdpr_field_id (str | Unset):  Example: MtY.
        name (str | Unset): The name of the GDPR field Example: Consent #1.
        created_on (datetime.datetime | Unset):  Example: 2018-08-01T09:18:00+0000.
        href (str | Unset): The direct hyperlink to the resource Example: https://api.getresponse.com/v3/gdpr-
            fields/MtY.
        latest_version (GDPRFieldLatestVersion | Unset):
    """

    gdpr_field_id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    latest_version: GDPRFieldLatestVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        gdpr_field_id = self.gdpr_field_id

        name = self.name

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        href = self.href

        latest_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_version, Unset):
            latest_version = self.latest_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gdpr_field_id is not UNSET:
            field_dict["gdprFieldId"] = gdpr_field_id
        if name is not UNSET:
            field_dict["name"] = name
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if href is not UNSET:
            field_dict["href"] = href
        if latest_version is not UNSET:
            field_dict["latestVersion"] = latest_version

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


def _decode_gdpr_field_id(d: Mapping[str, Any]) -> str | Unset:
    gdpr_field_id: str | Unset = d.get("gdprFieldId", UNSET)
    return gdpr_field_id


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_latest_version(d: Mapping[str, Any]) -> GDPRFieldLatestVersion | Unset:
    from ..models.gdpr_field_latest_version import GDPRFieldLatestVersion  # noqa: PLC0415

    _latest_version = d.get("latestVersion", UNSET)
    latest_version: GDPRFieldLatestVersion | Unset
    if isinstance(_latest_version, Unset):
        latest_version = UNSET
    else:
        latest_version = GDPRFieldLatestVersion.from_dict(_latest_version)

    return latest_version


def _encode_gdpr_field_id(self: GDPRFieldDetails) -> Any:
    gdpr_field_id = self.gdpr_field_id
    return gdpr_field_id


def _encode_name(self: GDPRFieldDetails) -> Any:
    name = self.name
    return name


def _encode_created_on(self: GDPRFieldDetails) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_href(self: GDPRFieldDetails) -> Any:
    href = self.href
    return href


def _encode_latest_version(self: GDPRFieldDetails) -> Any:
    latest_version: dict[str, Any] | Unset = UNSET
    if not isinstance(self.latest_version, Unset):
        latest_version = self.latest_version.to_dict()
    return latest_version


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GDPRFieldDetails._wire_fields}


GDPRFieldDetails._wire_names = {
    "gdpr_field_id": "gdprFieldId",
    "name": "name",
    "created_on": "createdOn",
    "href": "href",
    "latest_version": "latestVersion",
}
GDPRFieldDetails._wire_fields = frozenset(GDPRFieldDetails._wire_names.values())
GDPRFieldDetails._decoders = {
    "gdpr_field_id": _decode_gdpr_field_id,
    "name": _decode_name,
    "created_on": _decode_created_on,
    "href": _decode_href,
    "latest_version": _decode_latest_version,
    "additional_properties": _decode_additional_properties,
}
GDPRFieldDetails._encoders = {
    "gdpr_field_id": _encode_gdpr_field_id,
    "name": _encode_name,
    "created_on": _encode_created_on,
    "href": _encode_href,
    "latest_version": _encode_latest_version,
}
