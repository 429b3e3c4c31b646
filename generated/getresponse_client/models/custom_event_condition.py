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

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.custom_event_condition_date_operator_type_1 import CustomEventConditionDateOperatorType1
from ..models.custom_event_condition_date_operator_type_2 import CustomEventConditionDateOperatorType2
from ..models.custom_event_condition_occurrence import CustomEventConditionOccurrence
from ..models.specific_date_enum import SpecificDateEnum
from ..models.specific_date_extended_enum_type_1 import SpecificDateExtendedEnumType1
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CustomEventCondition(WireModel):
    """Search contacts for which an custom event occurred / not occurred

    Example:
        {'conditionType': 'custom_event', 'customEventId': 'PNM', 'occurrence': 'occurred', 'dateOperator': 'date_from',
            'value': '2018-04-01'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        custom_event_id (str): The custom event identifier Example: PNM.
        occurrence (CustomEventConditionOccurrence): Whether the custom event occurred or not Example: occurred.
        date_operator (CustomEventConditionDateOperatorType1 | CustomEventConditionDateOperatorType2 | SpecificDateEnum
            | SpecificDateExtendedEnumType1): Show contacts for which a custom event occurred / not occurred in certain date
            range
        date (datetime.date | str | Unset): The operators date_to, date_from, and customDate require you to provide,
            respectively, a date, datetime, or a time interval. Example: 2018-04-01.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    custom_event_id: str
    occurrence: CustomEventConditionOccurrence
    date_operator: (
        CustomEventConditionDateOperatorType1
        | CustomEventConditionDateOperatorType2
        | SpecificDateEnum
        | SpecificDateExtendedEnumType1
    )
    date: datetime.date | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_date_operator(
    json_value_: Any,
) -> (
    CustomEventConditionDateOperatorType1
    | CustomEventConditionDateOperatorType2
    | SpecificDateEnum
    | SpecificDateExtendedEnumType1
):
    def _parse_date_operator(
        data: object,
    ) -> (
        CustomEventConditionDateOperatorType1
        | CustomEventConditionDateOperatorType2
        | SpecificDateEnum
        | SpecificDateExtendedEnumType1
    ):
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_specific_date_extended_enum_type_0 = SpecificDateEnum(data)

            return componentsschemas_specific_date_extended_enum_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_specific_date_extended_enum_type_1 = SpecificDateExtendedEnumType1(data)

            return componentsschemas_specific_date_extended_enum_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_operator_type_1 = CustomEventConditionDateOperatorType1(data)

            return date_operator_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        date_operator_type_2 = CustomEventConditionDateOperatorType2(data)

        return date_operator_type_2

    date_operator = _parse_date_operator(json_value_)

    return date_operator


def _decode_date(json_value_: Any) -> datetime.date | str | Unset:
    def _parse_date(data: object) -> datetime.date | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.date.fromisoformat(data)

            return date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | str | Unset, data)

    date = _parse_date(json_value_)

    return date


bind_fields(
    CustomEventCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "custom_event_id": WireField("customEventId", required=True),
        "occurrence": WireField("occurrence", required=True, enum=CustomEventConditionOccurrence),
        "date_operator": WireField("dateOperator", required=True, decode=_decode_date_operator, keep=True),
        "date": WireField("date", decode=_decode_date, keep=True),
    },
    additional_properties=True,
)
