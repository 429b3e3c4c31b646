from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsAutomationListItemStatistics")


@_attrs_define
class SmsAutomationListItemStatistics(WireModel):
    """Automate SMS message statistics

    Attributes:
        sent (int | Unset): The number od sent automated SMS messages Example: 12.
        delivered (int | Unset): The number of delivered automated SMS messages Example: 10.
        clicks (int | Unset): The number of automated SMS link clicks Example: 8.
    """

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        sent = self.sent

        delivered = self.delivered

        clicks = self.clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if clicks is not UNSET:
            field_dict["clicks"] = clicks

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


def _encode_sent(self: SmsAutomationListItemStatistics) -> Any:
    sent = self.sent
    return sent


def _encode_delivered(self: SmsAutomationListItemStatistics) -> Any:
    delivered = self.delivered
    return delivered


def _encode_clicks(self: SmsAutomationListItemStatistics) -> Any:
    clicks = self.clicks
    return clicks


def _from_dict(
    cls: type[SmsAutomationListItemStatistics], src_dict: Mapping[str, Any]
) -> SmsAutomationListItemStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.sent = get("sent", UNSET)
    self.delivered = get("delivered", UNSET)
    self.clicks = get("clicks", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsAutomationListItemStatistics._wire_fields}


setattr(
    SmsAutomationListItemStatistics, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SmsAutomationListItemStatistics._wire_names = {
    "sent": "sent",
    "delivered": "delivered",
    "clicks": "clicks",
}
SmsAutomationListItemStatistics._wire_fields = frozenset(SmsAutomationListItemStatistics._wire_names.values())
SmsAutomationListItemStatistics._decoders = {
    "sent": None,
    "delivered": None,
    "clicks": None,
}
SmsAutomationListItemStatistics._encoders = {
    "sent": _encode_sent,
    "delivered": _encode_delivered,
    "clicks": _encode_clicks,
}
SmsAutomationListItemStatistics._extra_decoder = _decode_additional_properties
