from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.custom_report_frequencies_enum import CustomReportFrequenciesEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0
    from ..models.recurring_scheduling_recurring import RecurringSchedulingRecurring


T = TypeVar("T", bound="DailyReportScheduling")


@_attrs_define
class DailyReportScheduling(WireModel):
    """
    Attributes:
        frequency (CustomReportFrequenciesEnum | Unset):
        one_time (None | RecurringSchedulingOneTimeType0 | Unset): Field not applicable to the selected frequency
            Example: null.
        recurring (RecurringSchedulingRecurring | Unset): A field containing configuration parameters for recurring
            scheduling
    """

    frequency: CustomReportFrequenciesEnum | Unset = UNSET
    one_time: None | RecurringSchedulingOneTimeType0 | Unset = UNSET
    recurring: RecurringSchedulingRecurring | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        from ..models.recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0  # noqa: PLC0415

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        one_time: dict[str, Any] | None | Unset
        if isinstance(self.one_time, Unset):
            one_time = UNSET
        elif isinstance(self.one_time, RecurringSchedulingOneTimeType0):
            one_time = self.one_time.to_dict()
        else:
            one_time = self.one_time

        recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring, Unset):
            recurring = self.recurring.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if one_time is not UNSET:
            field_dict["oneTime"] = one_time
        if recurring is not UNSET:
            field_dict["recurring"] = recurring

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_frequency(d: Mapping[str, Any]) -> CustomReportFrequenciesEnum | Unset:
    _frequency = d.get("frequency", UNSET)
    frequency: CustomReportFrequenciesEnum | Unset
    if isinstance(_frequency, Unset):
        frequency = UNSET
    else:
        frequency = CustomReportFrequenciesEnum(_frequency)

    return frequency


def _decode_one_time(d: Mapping[str, Any]) -> None | RecurringSchedulingOneTimeType0 | Unset:
    from ..models.recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0  # noqa: PLC0415

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

    one_time = _parse_one_time(d.get("oneTime", UNSET))

    return one_time


def _decode_recurring(d: Mapping[str, Any]) -> RecurringSchedulingRecurring | Unset:
    from ..models.recurring_scheduling_recurring import RecurringSchedulingRecurring  # noqa: PLC0415

    _recurring = d.get("recurring", UNSET)
    recurring: RecurringSchedulingRecurring | Unset
    if isinstance(_recurring, Unset):
        recurring = UNSET
    else:
        recurring = RecurringSchedulingRecurring.from_dict(_recurring)

    return recurring


def _encode_frequency(self: DailyReportScheduling) -> Any:
    frequency: str | Unset = UNSET
    if not isinstance(self.frequency, Unset):
        frequency = self.frequency.value

    return frequency


def _encode_one_time(self: DailyReportScheduling) -> Any:
    from ..models.recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0  # noqa: PLC0415

    one_time: dict[str, Any] | None | Unset
    if isinstance(self.one_time, Unset):
        one_time = UNSET
    elif isinstance(self.one_time, RecurringSchedulingOneTimeType0):
        one_time = self.one_time.to_dict()
    else:
        one_time = self.one_time
    return one_time


def _encode_recurring(self: DailyReportScheduling) -> Any:
    recurring: dict[str, Any] | Unset = UNSET
    if not isinstance(self.recurring, Unset):
        recurring = self.recurring.to_dict()
    return recurring


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in DailyReportScheduling._wire_fields}


DailyReportScheduling._wire_names = {
    "frequency": "frequency",
    "one_time": "oneTime",
    "recurring": "recurring",
}
DailyReportScheduling._wire_fields = frozenset(DailyReportScheduling._wire_names.values())
DailyReportScheduling._decoders = {
    "frequency": _decode_frequency,
    "one_time": _decode_one_time,
    "recurring": _decode_recurring,
    "additional_properties": _decode_additional_properties,
}
DailyReportScheduling._encoders = {
    "frequency": _encode_frequency,
    "one_time": _encode_one_time,
    "recurring": _encode_recurring,
}
