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
    not_in_response,
    parse_datetime,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gdpr_field_latest_version import GDPRFieldLatestVersion


@_attrs_define
class GDPRFieldDetails(WireModel):
    """
    Attributes:
        gdpr_field_id (str):  Example: MtY.
        name (str | Unset): The name of the GDPR field Example: Consent #1.
        created_on (datetime.datetime | Unset):  Example: 2018-08-01T09:18:00+0000.
        href (str | Unset): The direct hyperlink to the resource Example: https://api.getresponse.com/v3/gdpr-
            fields/MtY.
        latest_version (GDPRFieldLatestVersion | Unset):
    """

    gdpr_field_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    latest_version: GDPRFieldLatestVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_latest_version(json_value_: Any) -> GDPRFieldLatestVersion | Unset:
    _latest_version = json_value_
    latest_version: GDPRFieldLatestVersion | Unset
    if isinstance(_latest_version, Unset):
        latest_version = UNSET
    else:
        latest_version = GDPRFieldLatestVersion.from_dict(_latest_version)

    return latest_version


def _from_dict(cls: type[GDPRFieldDetails], src_dict: Mapping[str, Any]) -> GDPRFieldDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("gdprFieldId", UNSET)
    if value is UNSET:
        not_in_response(self, "gdpr_field_id")
    else:
        self.gdpr_field_id = value
    self.name = get("name", UNSET)
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
    self.href = get("href", UNSET)
    value = get("latestVersion", UNSET)
    if type(value) is dict:
        self.latest_version = GDPRFieldLatestVersion.from_dict(value)
    elif absent(value):
        self.latest_version = value
    else:
        try:
            self.latest_version = _decode_latest_version(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "latest_version", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GDPRFieldDetails._wire_fields}


setattr(GDPRFieldDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
GDPRFieldDetails._wire_names = {
    "gdpr_field_id": "gdprFieldId",
    "name": "name",
    "created_on": "createdOn",
    "href": "href",
    "latest_version": "latestVersion",
}
GDPRFieldDetails._wire_fields = frozenset(GDPRFieldDetails._wire_names.values())
GDPRFieldDetails._decoders = {
    "gdpr_field_id": None,
    "name": None,
    "created_on": _decode_created_on,
    "href": None,
    "latest_version": _decode_latest_version,
}
GDPRFieldDetails._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.gdpr_field_latest_version import GDPRFieldLatestVersion  # noqa: E402
