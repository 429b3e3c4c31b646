from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.sms_list_item_send_metrics_status import SmsListItemSendMetricsStatus
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SmsListItemSendMetrics(WireModel):
    """Information about sending process

    Attributes:
        progress (str | Unset): Sending progress
        status (SmsListItemSendMetricsStatus | Unset): Sending status
    """

    progress: str | Unset = UNSET
    status: SmsListItemSendMetricsStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsListItemSendMetrics._wire_fields}


SmsListItemSendMetrics._extra_decoder = _decode_additional_properties

bind_fields(
    SmsListItemSendMetrics,
    {
        "progress": WireField("progress"),
        "status": WireField("status", enum=SmsListItemSendMetricsStatus),
    },
    additional_properties=True,
)
