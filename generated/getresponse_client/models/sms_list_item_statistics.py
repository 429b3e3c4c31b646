from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset


@_attrs_define
class SmsListItemStatistics(WireModel):
    """Message statistics

    Attributes:
        sent (int | Unset): Number of sent messages Example: 12.
        delivered (int | Unset): Number of delivered messages Example: 10.
        clicks (int | Unset): Number of clicked messages Example: 8.
    """

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[SmsListItemStatistics], src_dict: Mapping[str, Any]) -> SmsListItemStatistics:
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
    return {key: value for key, value in d.items() if key not in SmsListItemStatistics._wire_fields}


setattr(SmsListItemStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsListItemStatistics._wire_names = {
    "sent": "sent",
    "delivered": "delivered",
    "clicks": "clicks",
}
SmsListItemStatistics._wire_fields = frozenset(SmsListItemStatistics._wire_names.values())
SmsListItemStatistics._decoders = {
    "sent": None,
    "delivered": None,
    "clicks": None,
}
SmsListItemStatistics._extra_decoder = _decode_additional_properties
