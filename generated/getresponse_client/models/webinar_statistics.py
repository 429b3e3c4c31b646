from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET
from getresponse_runtime.wire import WireModel, check_mapping

T = TypeVar("T", bound="WebinarStatistics")


@_attrs_define
class WebinarStatistics(WireModel):
    """
    Attributes:
        registrants (int):  Example: 15.
        visitors (int):  Example: 10.
        attendees (int):  Example: 5.
    """

    registrants: int
    visitors: int
    attendees: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        registrants = self.registrants

        visitors = self.visitors

        attendees = self.attendees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registrants": registrants,
                "visitors": visitors,
                "attendees": attendees,
            }
        )

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


def _encode_registrants(self: WebinarStatistics) -> Any:
    registrants = self.registrants
    return registrants


def _encode_visitors(self: WebinarStatistics) -> Any:
    visitors = self.visitors
    return visitors


def _encode_attendees(self: WebinarStatistics) -> Any:
    attendees = self.attendees
    return attendees


def _from_dict(cls: type[WebinarStatistics], src_dict: Mapping[str, Any]) -> WebinarStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.registrants = get("registrants", UNSET)
    self.visitors = get("visitors", UNSET)
    self.attendees = get("attendees", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarStatistics._wire_fields}


setattr(WebinarStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
WebinarStatistics._wire_names = {
    "registrants": "registrants",
    "visitors": "visitors",
    "attendees": "attendees",
}
WebinarStatistics._wire_fields = frozenset(WebinarStatistics._wire_names.values())
WebinarStatistics._decoders = {
    "registrants": None,
    "visitors": None,
    "attendees": None,
}
WebinarStatistics._encoders = {
    "registrants": _encode_registrants,
    "visitors": _encode_visitors,
    "attendees": _encode_attendees,
}
WebinarStatistics._extra_decoder = _decode_additional_properties
