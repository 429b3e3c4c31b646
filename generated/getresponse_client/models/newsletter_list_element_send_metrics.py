from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.newsletter_list_element_send_metrics_status import NewsletterListElementSendMetricsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterListElementSendMetrics")


@_attrs_define
class NewsletterListElementSendMetrics(WireModel):
    """The sending metrics

    Attributes:
        status (NewsletterListElementSendMetricsStatus | Unset):  Default:
            NewsletterListElementSendMetricsStatus.FINISHED.
        sent (str | Unset): Messages already sent Example: 123.
        total (str | Unset): The total amount of messages to send Example: 150.
        delivered (str | Unset): The amount of delivered messages Example: 99.
        open_rate (str | Unset): The ratio of unique opens to delivered messages Example: 0.32.
        click_rate (str | Unset): The ratio of unique link clicks to delivered messages Example: 0.23.
        human_open_rate (str | Unset): The ratio of unique human opens to delivered messages Example: 0.12.
        human_click_rate (str | Unset): The ratio of unique human link clicks to delivered messages Example: 0.13.
    """

    status: NewsletterListElementSendMetricsStatus | Unset = NewsletterListElementSendMetricsStatus.FINISHED
    sent: str | Unset = UNSET
    total: str | Unset = UNSET
    delivered: str | Unset = UNSET
    open_rate: str | Unset = UNSET
    click_rate: str | Unset = UNSET
    human_open_rate: str | Unset = UNSET
    human_click_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sent = self.sent

        total = self.total

        delivered = self.delivered

        open_rate = self.open_rate

        click_rate = self.click_rate

        human_open_rate = self.human_open_rate

        human_click_rate = self.human_click_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if sent is not UNSET:
            field_dict["sent"] = sent
        if total is not UNSET:
            field_dict["total"] = total
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if open_rate is not UNSET:
            field_dict["openRate"] = open_rate
        if click_rate is not UNSET:
            field_dict["clickRate"] = click_rate
        if human_open_rate is not UNSET:
            field_dict["humanOpenRate"] = human_open_rate
        if human_click_rate is not UNSET:
            field_dict["humanClickRate"] = human_click_rate

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


def _decode_status(d: Mapping[str, Any]) -> NewsletterListElementSendMetricsStatus | Unset:
    _status = d.get("status", UNSET)
    status: NewsletterListElementSendMetricsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = NewsletterListElementSendMetricsStatus(_status)

    return status


def _decode_sent(d: Mapping[str, Any]) -> str | Unset:
    sent: str | Unset = d.get("sent", UNSET)
    return sent


def _decode_total(d: Mapping[str, Any]) -> str | Unset:
    total: str | Unset = d.get("total", UNSET)
    return total


def _decode_delivered(d: Mapping[str, Any]) -> str | Unset:
    delivered: str | Unset = d.get("delivered", UNSET)
    return delivered


def _decode_open_rate(d: Mapping[str, Any]) -> str | Unset:
    open_rate: str | Unset = d.get("openRate", UNSET)
    return open_rate


def _decode_click_rate(d: Mapping[str, Any]) -> str | Unset:
    click_rate: str | Unset = d.get("clickRate", UNSET)
    return click_rate


def _decode_human_open_rate(d: Mapping[str, Any]) -> str | Unset:
    human_open_rate: str | Unset = d.get("humanOpenRate", UNSET)
    return human_open_rate


def _decode_human_click_rate(d: Mapping[str, Any]) -> str | Unset:
    human_click_rate: str | Unset = d.get("humanClickRate", UNSET)
    return human_click_rate


def _encode_status(self: NewsletterListElementSendMetrics) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_sent(self: NewsletterListElementSendMetrics) -> Any:
    sent = self.sent
    return sent


def _encode_total(self: NewsletterListElementSendMetrics) -> Any:
    total = self.total
    return total


def _encode_delivered(self: NewsletterListElementSendMetrics) -> Any:
    delivered = self.delivered
    return delivered


def _encode_open_rate(self: NewsletterListElementSendMetrics) -> Any:
    open_rate = self.open_rate
    return open_rate


def _encode_click_rate(self: NewsletterListElementSendMetrics) -> Any:
    click_rate = self.click_rate
    return click_rate


def _encode_human_open_rate(self: NewsletterListElementSendMetrics) -> Any:
    human_open_rate = self.human_open_rate
    return human_open_rate


def _encode_human_click_rate(self: NewsletterListElementSendMetrics) -> Any:
    human_click_rate = self.human_click_rate
    return human_click_rate


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterListElementSendMetrics._wire_fields}


NewsletterListElementSendMetrics._wire_names = {
    "status": "status",
    "sent": "sent",
    "total": "total",
    "delivered": "delivered",
    "open_rate": "openRate",
    "click_rate": "clickRate",
    "human_open_rate": "humanOpenRate",
    "human_click_rate": "humanClickRate",
}
NewsletterListElementSendMetrics._wire_fields = frozenset(NewsletterListElementSendMetrics._wire_names.values())
NewsletterListElementSendMetrics._decoders = {
    "status": _decode_status,
    "sent": _decode_sent,
    "total": _decode_total,
    "delivered": _decode_delivered,
    "open_rate": _decode_open_rate,
    "click_rate": _decode_click_rate,
    "human_open_rate": _decode_human_open_rate,
    "human_click_rate": _decode_human_click_rate,
    "additional_properties": _decode_additional_properties,
}
NewsletterListElementSendMetrics._encoders = {
    "status": _encode_status,
    "sent": _encode_sent,
    "total": _encode_total,
    "delivered": _encode_delivered,
    "open_rate": _encode_open_rate,
    "click_rate": _encode_click_rate,
    "human_open_rate": _encode_human_open_rate,
    "human_click_rate": _encode_human_click_rate,
}
