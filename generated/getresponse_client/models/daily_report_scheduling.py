from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.custom_report_frequencies_enum import CustomReportFrequenciesEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0
    from ..models.recurring_scheduling_recurring import RecurringSchedulingRecurring


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class DailyReportScheduling(WireModel):
    """
    Attributes:
        frequency (CustomReportFrequenciesEnum | Unset):
        one_time (None | RecurringSchedulingOneTimeType0 | Unset): Field not applicable to the selected frequency
            Example: null.
        recurring (RecurringSchedulingRecurring | Unset): A field containing configuration parameters for recurring
            scheduling
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    frequency: CustomReportFrequenciesEnum | Unset = UNSET
    one_time: None | RecurringSchedulingOneTimeType0 | Unset = UNSET
    recurring: RecurringSchedulingRecurring | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_one_time(json_value_: Any) -> None | RecurringSchedulingOneTimeType0 | Unset:
    def _parse_one_time(data: object) -> None | RecurringSchedulingOneTimeType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            one_time_type_0 = RecurringSchedulingOneTimeType0.from_dict(data)

            return one_time_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | RecurringSchedulingOneTimeType0 | Unset, data)

    one_time = _parse_one_time(json_value_)

    return one_time


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0  # noqa: E402
from ..models.recurring_scheduling_recurring import RecurringSchedulingRecurring  # noqa: E402

bind_fields(
    DailyReportScheduling,
    {
        "frequency": WireField("frequency", enum=CustomReportFrequenciesEnum),
        "one_time": WireField("oneTime", decode=_decode_one_time, keep=True),
        "recurring": WireField("recurring", decode=RecurringSchedulingRecurring.from_dict, keep=True),
    },
    additional_properties=True,
)
