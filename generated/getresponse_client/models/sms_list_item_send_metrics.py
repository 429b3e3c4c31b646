from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.sms_list_item_send_metrics_status import SmsListItemSendMetricsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsListItemSendMetrics")


@_attrs_define
class SmsListItemSendMetrics(WireModel):
    """Information about sending process

    Attributes:
        progress (str | Unset): Sending progress
        status (SmsListItemSendMetricsStatus | Unset): Sending status
    """

    progress: str | Unset = UNSET
    status: SmsListItemSendMetricsStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        progress = self.progress

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if progress is not UNSET:
            field_dict["progress"] = progress
        if status is not UNSET:
            field_dict["status"] = status

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


def _decode_progress(d: Mapping[str, Any]) -> str | Unset:
    progress: str | Unset = d.get("progress", UNSET)
    return progress


def _decode_status(d: Mapping[str, Any]) -> SmsListItemSendMetricsStatus | Unset:
    _status = d.get("status", UNSET)
    status: SmsListItemSendMetricsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SmsListItemSendMetricsStatus(_status)

    return status


def _encode_progress(self: SmsListItemSendMetrics) -> Any:
    progress = self.progress
    return progress


def _encode_status(self: SmsListItemSendMetrics) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsListItemSendMetrics._wire_fields}


SmsListItemSendMetrics._wire_names = {
    "progress": "progress",
    "status": "status",
}
SmsListItemSendMetrics._wire_fields = frozenset(SmsListItemSendMetrics._wire_names.values())
SmsListItemSendMetrics._decoders = {
    "progress": _decode_progress,
    "status": _decode_status,
    "additional_properties": _decode_additional_properties,
}
SmsListItemSendMetrics._encoders = {
    "progress": _encode_progress,
    "status": _encode_status,
}
