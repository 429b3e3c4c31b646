from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.custom_report_file_statuses_enum import CustomReportFileStatusesEnum
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReportDetailsFilesItem._wire_fields}


CustomReportDetailsFilesItem._extra_decoder = _decode_additional_properties

bind_fields(
    CustomReportDetailsFilesItem,
    {
        "custom_report_file_id": WireField("customReportFileId"),
        "download_url": WireField("downloadUrl"),
        "status": WireField("status", enum=CustomReportFileStatusesEnum),
        "expires_at": WireField("expiresAt", decode=parse_datetime),
    },
    additional_properties=True,
)
