from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

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


def _decode_registrants(d: Mapping[str, Any]) -> int:
    registrants: int = d["registrants"]
    return registrants


def _decode_visitors(d: Mapping[str, Any]) -> int:
    visitors: int = d["visitors"]
    return visitors


def _decode_attendees(d: Mapping[str, Any]) -> int:
    attendees: int = d["attendees"]
    return attendees


def _encode_registrants(self: WebinarStatistics) -> Any:
    registrants = self.registrants
    return registrants


def _encode_visitors(self: WebinarStatistics) -> Any:
    visitors = self.visitors
    return visitors


def _encode_attendees(self: WebinarStatistics) -> Any:
    attendees = self.attendees
    return attendees


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarStatistics._wire_fields}


WebinarStatistics._wire_names = {
    "registrants": "registrants",
    "visitors": "visitors",
    "attendees": "attendees",
}
WebinarStatistics._wire_fields = frozenset(WebinarStatistics._wire_names.values())
WebinarStatistics._decoders = {
    "registrants": _decode_registrants,
    "visitors": _decode_visitors,
    "attendees": _decode_attendees,
    "additional_properties": _decode_additional_properties,
}
WebinarStatistics._encoders = {
    "registrants": _encode_registrants,
    "visitors": _encode_visitors,
    "attendees": _encode_attendees,
}
