from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import WireModel, check_mapping

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
    self.sent = get("sent", UNSET)
    self.opened = get("opened", UNSET)
    self.bounced = get("bounced", UNSET)
    self.complaint = get("complaint", UNSET)
    self.clicks = get("clicks", UNSET)
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
    "sent": None,
    "opened": None,
    "bounced": None,
    "complaint": None,
    "clicks": None,
}
TransactionalEmailStatistics._extra_decoder = _decode_additional_properties
