from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CustomReportDetailsFilesItem(WireModel):
    """
    Attributes:
        custom_report_file_id (str | Unset): The custom report file ID Example: cRiF.
        download_url (str | Unset): Link to download the file. Example: https://url/to/file.
        status (CustomReportFileStatusesEnum | Unset):
        expires_at (datetime.datetime | Unset): Date until the file can be downloaded; after this time, the file will be
            deleted Example: 2020-11-20T08:00:00+0000.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    custom_report_file_id: str | Unset = UNSET
    download_url: str | Unset = UNSET
    status: CustomReportFileStatusesEnum | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
