from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewAbtestsSubjectDeliverySettingsSendOnTimeZone(WireModel):
    """Time zone in which the newsletter was sent

    Attributes:
        time_zone_id (int): ID of the time zone the newsletter was sent in Example: 285.
    """

    time_zone_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in NewAbtestsSubjectDeliverySettingsSendOnTimeZone._wire_fields
    }


class NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict(TypedDict, total=False):
    """NewAbtestsSubjectDeliverySettingsSendOnTimeZone as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    timeZoneId: Required[int]


NewAbtestsSubjectDeliverySettingsSendOnTimeZone._extra_decoder = _decode_additional_properties

bind_fields(
    NewAbtestsSubjectDeliverySettingsSendOnTimeZone,
    {
        "time_zone_id": WireField("timeZoneId", required=True, decode=wire_int),
    },
    additional_properties=True,
)
