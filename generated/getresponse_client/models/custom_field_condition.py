from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
    wire_int,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.custom_field_condition_operator_type import CustomFieldConditionOperatorType
from ..models.custom_field_date_operator_enum import CustomFieldDateOperatorEnum
from ..models.custom_field_numeric_operator_enum import CustomFieldNumericOperatorEnum
from ..models.custom_field_string_operator_enum import CustomFieldStringOperatorEnum
from ..models.custom_field_value_for_operator_type_date_and_operator_specific_date import (
    CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate,
)
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CustomFieldCondition(WireModel):
    """Search a contact by custom fields.

    Example:
        {'conditionType': 'custom', 'scope': 'pa3N6', 'operatorType': 'string_operator_list', 'operator': 'is', 'value':
            'Female'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (CustomFieldConditionOperatorType): Depends on the type of custom field, read more in custom field
            condition documentation in segments (search contacts) reference manual Example: string_operator_list.
        operator (CustomFieldDateOperatorEnum | CustomFieldNumericOperatorEnum | CustomFieldStringOperatorEnum): Depends
            on selected "operatorType", read more in custom field condition documentation in segments (search contacts)
            reference manual Example: is.
        scope (str): The identifier of the custom field, read more in  custom field condition documentation in segments
            (search contacts) reference manual
        value (CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset): Depends on
            selected "operator" and "operatorType", read more in custom field condition documentation in segments (search
            contacts) reference manual Example: new.
        number_of_days (int | Unset): Required only when "value":"last_n_days", read more in custom field condition
            documentation in segments (search contacts) reference manual Example: 20.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: CustomFieldConditionOperatorType
    operator: CustomFieldDateOperatorEnum | CustomFieldNumericOperatorEnum | CustomFieldStringOperatorEnum
    scope: str
    value: CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset = UNSET
    number_of_days: int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_operator(
    json_value_: Any,
) -> CustomFieldDateOperatorEnum | CustomFieldNumericOperatorEnum | CustomFieldStringOperatorEnum:
    def _parse_operator(
        data: object,
    ) -> CustomFieldDateOperatorEnum | CustomFieldNumericOperatorEnum | CustomFieldStringOperatorEnum:
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_0 = CustomFieldStringOperatorEnum(data)

            return operator_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_1 = CustomFieldNumericOperatorEnum(data)

            return operator_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        operator_type_2 = CustomFieldDateOperatorEnum(data)

        return operator_type_2

    operator = _parse_operator(json_value_)

    return operator


def _decode_value(
    json_value_: Any,
) -> CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset:
    def _parse_value(
        data: object,
    ) -> CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_2 = CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate(data)

            return value_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_3 = datetime.date.fromisoformat(data)

            return value_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset, data)

    value = _parse_value(json_value_)

    return value


bind_fields(
    CustomFieldCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=CustomFieldConditionOperatorType),
        "operator": WireField("operator", required=True, decode=_decode_operator, keep=True),
        "scope": WireField("scope", required=True),
        "value": WireField("value", decode=_decode_value, keep=True),
        "number_of_days": WireField("numberOfDays", decode=wire_int),
        "include_current_period": WireField("includeCurrentPeriod", decode=wire_bool),
    },
    additional_properties=True,
)
