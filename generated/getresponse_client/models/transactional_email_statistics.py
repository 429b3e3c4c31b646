from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailStatistics._wire_fields}


TransactionalEmailStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    TransactionalEmailStatistics,
    {
        "time_frame": WireField("timeFrame"),
        "sent": WireField("sent", decode=wire_int),
        "opened": WireField("opened", decode=wire_int),
        "bounced": WireField("bounced", decode=wire_int),
        "complaint": WireField("complaint", decode=wire_int),
        "clicks": WireField("clicks", decode=wire_int),
    },
    additional_properties=True,
)
