from __future__ import annotations

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
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
class TransactionalEmailStatistics(WireModel):
    """
    Attributes:
        time_frame (str | Unset): The statistics time frame in the ISO 8601 date format with duration interval Example:
            2014-09-20T00:00:00+0000/P2M18DT10H0M0S.
        sent (int | Unset):
        opened (int | Unset):
        bounced (int | Unset):
        complaint (int | Unset):
        clicks (int | Unset):
    """

    time_frame: str | Unset = UNSET
    sent: int | Unset = UNSET
    opened: int | Unset = UNSET
    bounced: int | Unset = UNSET
    complaint: int | Unset = UNSET
    clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[TransactionalEmailStatistics], src_dict: Mapping[str, Any]) -> TransactionalEmailStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.time_frame = get("timeFrame", UNSET)
    value = get("sent", UNSET)
    if type(value) is int or absent(value):
        self.sent = value
    else:
        try:
            self.sent = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sent", value, error)
    value = get("opened", UNSET)
    if type(value) is int or absent(value):
        self.opened = value
    else:
        try:
            self.opened = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "opened", value, error)
    value = get("bounced", UNSET)
    if type(value) is int or absent(value):
        self.bounced = value
    else:
        try:
            self.bounced = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "bounced", value, error)
    value = get("complaint", UNSET)
    if type(value) is int or absent(value):
        self.complaint = value
    else:
        try:
            self.complaint = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "complaint", value, error)
    value = get("clicks", UNSET)
    if type(value) is int or absent(value):
        self.clicks = value
    else:
        try:
            self.clicks = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "clicks", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailStatistics._wire_fields}


setattr(TransactionalEmailStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TransactionalEmailStatistics._wire_names = {
    "time_frame": "timeFrame",
    "sent": "sent",
    "opened": "opened",
    "bounced": "bounced",
    "complaint": "complaint",
    "clicks": "clicks",
}
TransactionalEmailStatistics._wire_fields = frozenset(TransactionalEmailStatistics._wire_names.values())
TransactionalEmailStatistics._decoders = {
    "time_frame": None,
    "sent": wire_int,
    "opened": wire_int,
    "bounced": wire_int,
    "complaint": wire_int,
    "clicks": wire_int,
}
TransactionalEmailStatistics._extra_decoder = _decode_additional_properties
