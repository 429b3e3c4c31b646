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
from ..models.specific_date_enum import SpecificDateEnum
from ..models.specific_date_extended_enum_type_1 import SpecificDateExtendedEnumType1
from ..models.subscription_date_condition_operator import SubscriptionDateConditionOperator
from ..models.subscription_date_condition_operator_type import SubscriptionDateConditionOperatorType


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SubscriptionDateCondition(WireModel):
    """Use this to find a contact by subscription date, use.

    Example:
        {'conditionType': 'subscription_date', 'operatorType': 'date_operator', 'operator': 'custom', 'value':
            '2018-04-01/2018-04-30'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (SubscriptionDateConditionOperatorType):  Example: date_operator.
        operator (SubscriptionDateConditionOperator):
        value (datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str):  Example: 2018-04-01/2018-04-30.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: SubscriptionDateConditionOperatorType
    operator: SubscriptionDateConditionOperator
    value: datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value(json_value_: Any) -> datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str:
    def _parse_value(data: object) -> datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_0 = datetime.date.fromisoformat(data)

            return value_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
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
        return cast(datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str, data)

    value = _parse_value(json_value_)

    return value


bind_fields(
    SubscriptionDateCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=SubscriptionDateConditionOperatorType),
        "operator": WireField("operator", required=True, enum=SubscriptionDateConditionOperator),
        "value": WireField("value", required=True, decode=_decode_value, keep=True),
    },
    additional_properties=True,
)
