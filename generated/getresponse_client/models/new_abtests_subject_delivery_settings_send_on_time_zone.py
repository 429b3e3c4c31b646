from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    wire_int,
)

from ..types import UNSET


@_attrs_define
class NewAbtestsSubjectDeliverySettingsSendOnTimeZone(WireModel):
    """Time zone in which the newsletter was sent

    Attributes:
        time_zone_id (int): ID of the time zone the newsletter was sent in Example: 285.
    """

    time_zone_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[NewAbtestsSubjectDeliverySettingsSendOnTimeZone], src_dict: Mapping[str, Any]
) -> NewAbtestsSubjectDeliverySettingsSendOnTimeZone:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("timeZoneId", UNSET)
    if value is UNSET:
        not_in_response(self, "time_zone_id")
    elif type(value) is int or absent(value):
        self.time_zone_id = value
    else:
        try:
            self.time_zone_id = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_zone_id", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in NewAbtestsSubjectDeliverySettingsSendOnTimeZone._wire_fields
    }


class NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict(TypedDict, total=False):
    """NewAbtestsSubjectDeliverySettingsSendOnTimeZone as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    timeZoneId: Required[int]


setattr(
    NewAbtestsSubjectDeliverySettingsSendOnTimeZone, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
NewAbtestsSubjectDeliverySettingsSendOnTimeZone._wire_names = {
    "time_zone_id": "timeZoneId",
}
NewAbtestsSubjectDeliverySettingsSendOnTimeZone._wire_fields = frozenset(
    NewAbtestsSubjectDeliverySettingsSendOnTimeZone._wire_names.values()
)
NewAbtestsSubjectDeliverySettingsSendOnTimeZone._decoders = {
    "time_zone_id": wire_int,
}
NewAbtestsSubjectDeliverySettingsSendOnTimeZone._extra_decoder = _decode_additional_properties
