from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_list_item_delivery_settings_send_on_time_zone import (
        AbtestsSubjectListItemDeliverySettingsSendOnTimeZone,
    )


@_attrs_define
class AbtestsSubjectListItemDeliverySettingsSendOn(WireModel):
    """Date the newsletter was sent on

    Attributes:
        date (datetime.datetime | None | Unset): Date the newsletter was sent on Example: 2015-07-25T20:05:10+0000.
        time_zone (AbtestsSubjectListItemDeliverySettingsSendOnTimeZone | Unset): Time zone in which the newsletter was
            sent
    """

    date: datetime.datetime | None | Unset = UNSET
    time_zone: AbtestsSubjectListItemDeliverySettingsSendOnTimeZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_date(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(data)

            return date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    date = _parse_date(json_value_)

    return date


def _decode_time_zone(json_value_: Any) -> AbtestsSubjectListItemDeliverySettingsSendOnTimeZone | Unset:
    _time_zone = json_value_
    time_zone: AbtestsSubjectListItemDeliverySettingsSendOnTimeZone | Unset
    if isinstance(_time_zone, Unset):
        time_zone = UNSET
    else:
        time_zone = AbtestsSubjectListItemDeliverySettingsSendOnTimeZone.from_dict(_time_zone)

    return time_zone


def _from_dict(
    cls: type[AbtestsSubjectListItemDeliverySettingsSendOn], src_dict: Mapping[str, Any]
) -> AbtestsSubjectListItemDeliverySettingsSendOn:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("date", UNSET)
    if absent(value):
        self.date = value
    else:
        try:
            self.date = _decode_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    value = get("timeZone", UNSET)
    if type(value) is dict:
        self.time_zone = AbtestsSubjectListItemDeliverySettingsSendOnTimeZone.from_dict(value)
    elif absent(value):
        self.time_zone = value
    else:
        try:
            self.time_zone = _decode_time_zone(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_zone", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value for key, value in d.items() if key not in AbtestsSubjectListItemDeliverySettingsSendOn._wire_fields
    }


setattr(
    AbtestsSubjectListItemDeliverySettingsSendOn, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AbtestsSubjectListItemDeliverySettingsSendOn._wire_names = {
    "date": "date",
    "time_zone": "timeZone",
}
AbtestsSubjectListItemDeliverySettingsSendOn._wire_fields = frozenset(
    AbtestsSubjectListItemDeliverySettingsSendOn._wire_names.values()
)
AbtestsSubjectListItemDeliverySettingsSendOn._decoders = {
    "date": _decode_date,
    "time_zone": _decode_time_zone,
}
AbtestsSubjectListItemDeliverySettingsSendOn._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_list_item_delivery_settings_send_on_time_zone import (
    AbtestsSubjectListItemDeliverySettingsSendOnTimeZone,  # noqa: E402
)
