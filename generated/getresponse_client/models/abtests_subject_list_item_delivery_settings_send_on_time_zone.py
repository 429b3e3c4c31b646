from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class AbtestsSubjectListItemDeliverySettingsSendOnTimeZone(WireModel):
    """Time zone in which the newsletter was sent

    Attributes:
        time_zone_id (int | Unset): ID of the time zone the newsletter was sent in
        time_zone_name (int | None | Unset): Name of the time zone the newsletter was sent in
        time_zone_offset (int | None | Unset): Time zone, or UTC, offset for when the newsletter was sent
    """

    time_zone_id: int | Unset = UNSET
    time_zone_name: int | None | Unset = UNSET
    time_zone_offset: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in AbtestsSubjectListItemDeliverySettingsSendOnTimeZone._wire_fields
    }


AbtestsSubjectListItemDeliverySettingsSendOnTimeZone._extra_decoder = _decode_additional_properties

bind_fields(
    AbtestsSubjectListItemDeliverySettingsSendOnTimeZone,
    {
        "time_zone_id": WireField("timeZoneId", decode=wire_int),
        "time_zone_name": WireField("timeZoneName"),
        "time_zone_offset": WireField("timeZoneOffset"),
    },
    additional_properties=True,
)
