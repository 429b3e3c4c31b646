from __future__ import annotations

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
    from ..models.one_time_scheduling_one_time import OneTimeSchedulingOneTime
    from ..models.one_time_scheduling_recurring_type_0 import OneTimeSchedulingRecurringType0


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class OneTimeScheduling(WireModel):
    """
    Attributes:
        one_time (OneTimeSchedulingOneTime | Unset): A field containing configuration parameters for one-time scheduling
        recurring (None | OneTimeSchedulingRecurringType0 | Unset): Field not applicable to the selected frequency
            Example: null.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    one_time: OneTimeSchedulingOneTime | Unset = UNSET
    recurring: None | OneTimeSchedulingRecurringType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_recurring(json_value_: Any) -> None | OneTimeSchedulingRecurringType0 | Unset:
    def _parse_recurring(data: object) -> None | OneTimeSchedulingRecurringType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            recurring_type_0 = OneTimeSchedulingRecurringType0.from_dict(data)

            return recurring_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | OneTimeSchedulingRecurringType0 | Unset, data)

    recurring = _parse_recurring(json_value_)

    return recurring


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.one_time_scheduling_one_time import OneTimeSchedulingOneTime  # noqa: E402
from ..models.one_time_scheduling_recurring_type_0 import OneTimeSchedulingRecurringType0  # noqa: E402

bind_fields(
    OneTimeScheduling,
    {
        "one_time": WireField("oneTime", decode=OneTimeSchedulingOneTime.from_dict, keep=True),
        "recurring": WireField("recurring", decode=_decode_recurring, keep=True),
    },
    additional_properties=True,
)
