from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
)

from ..models.new_abtests_subject_delivery_settings_send_on_sending_type import (
    NewAbtestsSubjectDeliverySettingsSendOnSendingType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_abtests_subject_delivery_settings_send_on_time_zone import (
        NewAbtestsSubjectDeliverySettingsSendOnTimeZone,
    )
    from .new_abtests_subject_delivery_settings_send_on_time_zone import (
        NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict,
    )


@_attrs_define
class NewAbtestsSubjectDeliverySettingsSendOn(WireModel):
    """Date the newsletter was sent on

    Attributes:
        sending_type (NewAbtestsSubjectDeliverySettingsSendOnSendingType): Newsletter send type. Example: scheduled.
        date (None | str | Unset): Date the newsletter was sent on Example: 2015-07-25T20:05:10.
        time_zone (NewAbtestsSubjectDeliverySettingsSendOnTimeZone | Unset): Time zone in which the newsletter was sent
    """

    sending_type: NewAbtestsSubjectDeliverySettingsSendOnSendingType
    date: None | str | Unset = UNSET
    time_zone: NewAbtestsSubjectDeliverySettingsSendOnTimeZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_sending_type(json_value_: Any) -> NewAbtestsSubjectDeliverySettingsSendOnSendingType:
    sending_type = NewAbtestsSubjectDeliverySettingsSendOnSendingType(json_value_)

    return sending_type


def _decode_time_zone(json_value_: Any) -> NewAbtestsSubjectDeliverySettingsSendOnTimeZone | Unset:
    _time_zone = json_value_
    time_zone: NewAbtestsSubjectDeliverySettingsSendOnTimeZone | Unset
    if isinstance(_time_zone, Unset):
        time_zone = UNSET
    else:
        time_zone = NewAbtestsSubjectDeliverySettingsSendOnTimeZone.from_dict(_time_zone)

    return time_zone


def _from_dict(
    cls: type[NewAbtestsSubjectDeliverySettingsSendOn], src_dict: Mapping[str, Any]
) -> NewAbtestsSubjectDeliverySettingsSendOn:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("sendingType", UNSET)
    if value is UNSET:
        not_in_response(self, "sending_type")
    elif type(value) is str:
        try:
            self.sending_type = _members_sending_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.sending_type = NewAbtestsSubjectDeliverySettingsSendOnSendingType(value)
    elif absent(value):
        self.sending_type = value
    else:
        try:
            self.sending_type = _decode_sending_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sending_type", value, error)
    self.date = get("date", UNSET)
    value = get("timeZone", UNSET)
    if type(value) is dict:
        self.time_zone = NewAbtestsSubjectDeliverySettingsSendOnTimeZone.from_dict(value)
    elif absent(value):
        self.time_zone = value
    else:
        try:
            self.time_zone = _decode_time_zone(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_zone", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewAbtestsSubjectDeliverySettingsSendOn._wire_fields}


class NewAbtestsSubjectDeliverySettingsSendOnDict(TypedDict, total=False):
    """NewAbtestsSubjectDeliverySettingsSendOn as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    sendingType: Required[NewAbtestsSubjectDeliverySettingsSendOnSendingType | str]
    date: str | None
    timeZone: NewAbtestsSubjectDeliverySettingsSendOnTimeZone | NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict


setattr(
    NewAbtestsSubjectDeliverySettingsSendOn, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
NewAbtestsSubjectDeliverySettingsSendOn._wire_names = {
    "sending_type": "sendingType",
    "date": "date",
    "time_zone": "timeZone",
}
NewAbtestsSubjectDeliverySettingsSendOn._wire_fields = frozenset(
    NewAbtestsSubjectDeliverySettingsSendOn._wire_names.values()
)
NewAbtestsSubjectDeliverySettingsSendOn._decoders = {
    "sending_type": _decode_sending_type,
    "date": None,
    "time_zone": _decode_time_zone,
}
NewAbtestsSubjectDeliverySettingsSendOn._extra_decoder = _decode_additional_properties
_members_sending_type = enum_members(NewAbtestsSubjectDeliverySettingsSendOnSendingType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_abtests_subject_delivery_settings_send_on_time_zone import (
    NewAbtestsSubjectDeliverySettingsSendOnTimeZone,  # noqa: E402
)
