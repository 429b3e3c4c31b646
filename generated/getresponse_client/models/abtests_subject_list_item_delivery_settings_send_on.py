from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_list_item_delivery_settings_send_on_time_zone import (
        AbtestsSubjectListItemDeliverySettingsSendOnTimeZone,
    )


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AbtestsSubjectListItemDeliverySettingsSendOn(WireModel):
    """Date the newsletter was sent on

    Attributes:
        date (datetime.datetime | None | Unset): Date the newsletter was sent on Example: 2015-07-25T20:05:10+0000.
        time_zone (AbtestsSubjectListItemDeliverySettingsSendOnTimeZone | Unset): Time zone in which the newsletter was
            sent
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_list_item_delivery_settings_send_on_time_zone import (
    AbtestsSubjectListItemDeliverySettingsSendOnTimeZone,  # noqa: E402
)

bind_fields(
    AbtestsSubjectListItemDeliverySettingsSendOn,
    {
        "date": WireField("date", decode=_decode_date, keep=True),
        "time_zone": WireField(
            "timeZone", decode=AbtestsSubjectListItemDeliverySettingsSendOnTimeZone.from_dict, keep=True
        ),
    },
    additional_properties=True,
)
