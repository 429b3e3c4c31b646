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

from ..models.custom_report_file_statuses_enum import CustomReportFileStatusesEnum
from ..types import UNSET, Unset


@_attrs_define
class CustomReportDetailsFilesItem(WireModel):
    """
    Attributes:
        custom_report_file_id (str | Unset): The custom report file ID Example: cRiF.
        download_url (str | Unset): Link to download the file. Example: https://url/to/file.
        status (CustomReportFileStatusesEnum | Unset):
        expires_at (datetime.datetime | Unset): Date until the file can be downloaded; after this time, the file will be
            deleted Example: 2020-11-20T08:00:00+0000.
    """

    custom_report_file_id: str | Unset = UNSET
    download_url: str | Unset = UNSET
    status: CustomReportFileStatusesEnum | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> CustomReportFileStatusesEnum | Unset:
    _status = json_value_
    status: CustomReportFileStatusesEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = CustomReportFileStatusesEnum(_status)

    return status


def _decode_expires_at(json_value_: Any) -> datetime.datetime | Unset:
    _expires_at = json_value_
    expires_at: datetime.datetime | Unset
    if isinstance(_expires_at, Unset):
        expires_at = UNSET
    else:
        expires_at = datetime.datetime.fromisoformat(_expires_at)

    return expires_at


def _from_dict(cls: type[CustomReportDetailsFilesItem], src_dict: Mapping[str, Any]) -> CustomReportDetailsFilesItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.custom_report_file_id = get("customReportFileId", UNSET)
    self.download_url = get("downloadUrl", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = CustomReportFileStatusesEnum(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("expiresAt", UNSET)
    if type(value) is str:
        try:
            self.expires_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "expires_at", value, error)
    elif absent(value):
        self.expires_at = value
    else:
        try:
            self.expires_at = _decode_expires_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "expires_at", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReportDetailsFilesItem._wire_fields}


setattr(CustomReportDetailsFilesItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomReportDetailsFilesItem._wire_names = {
    "custom_report_file_id": "customReportFileId",
    "download_url": "downloadUrl",
    "status": "status",
    "expires_at": "expiresAt",
}
CustomReportDetailsFilesItem._wire_fields = frozenset(CustomReportDetailsFilesItem._wire_names.values())
CustomReportDetailsFilesItem._decoders = {
    "custom_report_file_id": None,
    "download_url": None,
    "status": _decode_status,
    "expires_at": _decode_expires_at,
}
CustomReportDetailsFilesItem._extra_decoder = _decode_additional_properties
_members_status = enum_members(CustomReportFileStatusesEnum)
