from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

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

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.custom_event_condition_date_operator_type_1 import CustomEventConditionDateOperatorType1
from ..models.custom_event_condition_date_operator_type_2 import CustomEventConditionDateOperatorType2
from ..models.custom_event_condition_occurrence import CustomEventConditionOccurrence
from ..models.specific_date_enum import SpecificDateEnum
from ..models.specific_date_extended_enum_type_1 import SpecificDateExtendedEnumType1
from ..types import UNSET, Unset


@_attrs_define
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


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_occurrence(json_value_: Any) -> CustomEventConditionOccurrence:
    occurrence = CustomEventConditionOccurrence(json_value_)

    return occurrence


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


def _from_dict(cls: type[CustomEventCondition], src_dict: Mapping[str, Any]) -> CustomEventCondition:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("conditionType", UNSET)
    if value is UNSET:
        not_in_response(self, "condition_type")
    elif type(value) is str:
        try:
            self.condition_type = _members_condition_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.condition_type = ConditionTypeConditionType(value)
    elif absent(value):
        self.condition_type = value
    else:
        try:
            self.condition_type = _decode_condition_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "condition_type", value, error)
    value = get("customEventId", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_event_id")
    else:
        self.custom_event_id = value
    value = get("occurrence", UNSET)
    if value is UNSET:
        not_in_response(self, "occurrence")
    elif type(value) is str:
        try:
            self.occurrence = _members_occurrence[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.occurrence = CustomEventConditionOccurrence(value)
    elif absent(value):
        self.occurrence = value
    else:
        try:
            self.occurrence = _decode_occurrence(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "occurrence", value, error)
    value = get("dateOperator", UNSET)
    if value is UNSET:
        not_in_response(self, "date_operator")
    elif absent(value):
        self.date_operator = value
    else:
        try:
            self.date_operator = _decode_date_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date_operator", value, error)
    value = get("date", UNSET)
    if absent(value):
        self.date = value
    else:
        try:
            self.date = _decode_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEventCondition._wire_fields}


setattr(CustomEventCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomEventCondition._wire_names = {
    "condition_type": "conditionType",
    "custom_event_id": "customEventId",
    "occurrence": "occurrence",
    "date_operator": "dateOperator",
    "date": "date",
}
CustomEventCondition._wire_fields = frozenset(CustomEventCondition._wire_names.values())
CustomEventCondition._decoders = {
    "condition_type": _decode_condition_type,
    "custom_event_id": None,
    "occurrence": _decode_occurrence,
    "date_operator": _decode_date_operator,
    "date": _decode_date,
}
CustomEventCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_occurrence = enum_members(CustomEventConditionOccurrence)
