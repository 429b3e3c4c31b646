from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewAbtestsSubjectDeliverySettingsSendOn(WireModel):
    """Date the newsletter was sent on

    Attributes:
        sending_type (NewAbtestsSubjectDeliverySettingsSendOnSendingType): Newsletter send type. Example: scheduled.
        date (None | str | Unset): Date the newsletter was sent on Example: 2015-07-25T20:05:10.
        time_zone (NewAbtestsSubjectDeliverySettingsSendOnTimeZone | Unset): Time zone in which the newsletter was sent
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    sending_type: NewAbtestsSubjectDeliverySettingsSendOnSendingType
    date: None | str | Unset = UNSET
    time_zone: NewAbtestsSubjectDeliverySettingsSendOnTimeZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewAbtestsSubjectDeliverySettingsSendOnDict(TypedDict, total=False):
    """NewAbtestsSubjectDeliverySettingsSendOn as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    sendingType: Required[NewAbtestsSubjectDeliverySettingsSendOnSendingType | str]
    date: str | None
    timeZone: NewAbtestsSubjectDeliverySettingsSendOnTimeZone | NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_abtests_subject_delivery_settings_send_on_time_zone import (
    NewAbtestsSubjectDeliverySettingsSendOnTimeZone,  # noqa: E402
)

bind_fields(
    NewAbtestsSubjectDeliverySettingsSendOn,
    {
        "sending_type": WireField(
            "sendingType", required=True, enum=NewAbtestsSubjectDeliverySettingsSendOnSendingType
        ),
        "date": WireField("date"),
        "time_zone": WireField("timeZone", decode=NewAbtestsSubjectDeliverySettingsSendOnTimeZone.from_dict, keep=True),
    },
    additional_properties=True,
)
