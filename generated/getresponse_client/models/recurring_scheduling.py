from __future__ import annotations

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
    from ..models.recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0
    from ..models.recurring_scheduling_recurring import RecurringSchedulingRecurring


@_attrs_define
class RecurringScheduling(WireModel):
    """
    Attributes:
        one_time (None | RecurringSchedulingOneTimeType0 | Unset): Field not applicable to the selected frequency
            Example: null.
        recurring (RecurringSchedulingRecurring | Unset): A field containing configuration parameters for recurring
            scheduling
    """

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


def _decode_recurring(json_value_: Any) -> RecurringSchedulingRecurring | Unset:
    _recurring = json_value_
    recurring: RecurringSchedulingRecurring | Unset
    if isinstance(_recurring, Unset):
        recurring = UNSET
    else:
        recurring = RecurringSchedulingRecurring.from_dict(_recurring)

    return recurring


def _from_dict(cls: type[RecurringScheduling], src_dict: Mapping[str, Any]) -> RecurringScheduling:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("oneTime", UNSET)
    if absent(value):
        self.one_time = value
    else:
        try:
            self.one_time = _decode_one_time(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "one_time", value, error)
    value = get("recurring", UNSET)
    if type(value) is dict:
        self.recurring = RecurringSchedulingRecurring.from_dict(value)
    elif absent(value):
        self.recurring = value
    else:
        try:
            self.recurring = _decode_recurring(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "recurring", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RecurringScheduling._wire_fields}


setattr(RecurringScheduling, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
RecurringScheduling._wire_names = {
    "one_time": "oneTime",
    "recurring": "recurring",
}
RecurringScheduling._wire_fields = frozenset(RecurringScheduling._wire_names.values())
RecurringScheduling._decoders = {
    "one_time": _decode_one_time,
    "recurring": _decode_recurring,
}
RecurringScheduling._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0  # noqa: E402
from ..models.recurring_scheduling_recurring import RecurringSchedulingRecurring  # noqa: E402
