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
    enum_members,
)

from ..models.newsletter_send_metrics_status import NewsletterSendMetricsStatus
from ..types import UNSET, Unset


@_attrs_define
class NewsletterSendMetrics(WireModel):
    """The sending metrics

    Attributes:
        status (NewsletterSendMetricsStatus | Unset):  Default: NewsletterSendMetricsStatus.FINISHED.
        sent (str | Unset): Messages already sent Example: 100.
        total (str | Unset): The total amount of messages to send Example: 200.
        delivered (str | Unset): The amount of delivered messages Example: 99.
        open_rate (str | Unset): The ratio of unique opens to delivered messages Example: 0.02.
        click_rate (str | Unset): The ratio of unique link clicks to delivered messages Example: 0.01.
        human_open_rate (str | Unset): The ratio of unique human opens to delivered messages Example: 0.12.
        human_click_rate (str | Unset): The ratio of unique human link clicks to delivered messages Example: 0.13.
    """

    status: NewsletterSendMetricsStatus | Unset = NewsletterSendMetricsStatus.FINISHED
    sent: str | Unset = UNSET
    total: str | Unset = UNSET
    delivered: str | Unset = UNSET
    open_rate: str | Unset = UNSET
    click_rate: str | Unset = UNSET
    human_open_rate: str | Unset = UNSET
    human_click_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> NewsletterSendMetricsStatus | Unset:
    _status = json_value_
    status: NewsletterSendMetricsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = NewsletterSendMetricsStatus(_status)

    return status


def _from_dict(cls: type[NewsletterSendMetrics], src_dict: Mapping[str, Any]) -> NewsletterSendMetrics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = NewsletterSendMetricsStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    self.sent = get("sent", UNSET)
    self.total = get("total", UNSET)
    self.delivered = get("delivered", UNSET)
    self.open_rate = get("openRate", UNSET)
    self.click_rate = get("clickRate", UNSET)
    self.human_open_rate = get("humanOpenRate", UNSET)
    self.human_click_rate = get("humanClickRate", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterSendMetrics._wire_fields}


setattr(NewsletterSendMetrics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewsletterSendMetrics._wire_names = {
    "status": "status",
    "sent": "sent",
    "total": "total",
    "delivered": "delivered",
    "open_rate": "openRate",
    "click_rate": "clickRate",
    "human_open_rate": "humanOpenRate",
    "human_click_rate": "humanClickRate",
}
NewsletterSendMetrics._wire_fields = frozenset(NewsletterSendMetrics._wire_names.values())
NewsletterSendMetrics._decoders = {
    "status": _decode_status,
    "sent": None,
    "total": None,
    "delivered": None,
    "open_rate": None,
    "click_rate": None,
    "human_open_rate": None,
    "human_click_rate": None,
}
NewsletterSendMetrics._extra_decoder = _decode_additional_properties
_members_status = enum_members(NewsletterSendMetricsStatus)
