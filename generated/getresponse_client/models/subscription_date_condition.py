from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.specific_date_enum import SpecificDateEnum
from ..models.specific_date_extended_enum_type_1 import SpecificDateExtendedEnumType1
from ..models.subscription_date_condition_operator import SubscriptionDateConditionOperator
from ..models.subscription_date_condition_operator_type import SubscriptionDateConditionOperatorType

T = TypeVar("T", bound="SubscriptionDateCondition")


@_attrs_define
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

    condition_type: ConditionTypeConditionType
    operator_type: SubscriptionDateConditionOperatorType
    operator: SubscriptionDateConditionOperator
    value: datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        operator_type = self.operator_type.value

        operator = self.operator.value

        value: str
        if isinstance(self.value, datetime.date):
            value = self.value.isoformat()
        elif isinstance(self.value, SpecificDateEnum):
            value = self.value.value
        elif isinstance(self.value, SpecificDateExtendedEnumType1):
            value = self.value.value
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "operatorType": operator_type,
                "operator": operator,
                "value": value,
            }
        )

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


def _decode_condition_type(d: Mapping[str, Any]) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(d["conditionType"])

    return condition_type


def _decode_operator_type(d: Mapping[str, Any]) -> SubscriptionDateConditionOperatorType:
    operator_type = SubscriptionDateConditionOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> SubscriptionDateConditionOperator:
    operator = SubscriptionDateConditionOperator(d["operator"])

    return operator


def _decode_value(d: Mapping[str, Any]) -> datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str:
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

    value = _parse_value(d["value"])

    return value


def _encode_condition_type(self: SubscriptionDateCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_operator_type(self: SubscriptionDateCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: SubscriptionDateCondition) -> Any:
    operator = self.operator.value
    return operator


def _encode_value(self: SubscriptionDateCondition) -> Any:
    value: str
    if isinstance(self.value, datetime.date):
        value = self.value.isoformat()
    elif isinstance(self.value, SpecificDateEnum):
        value = self.value.value
    elif isinstance(self.value, SpecificDateExtendedEnumType1):
        value = self.value.value
    else:
        value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscriptionDateCondition._wire_fields}


SubscriptionDateCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
}
SubscriptionDateCondition._wire_fields = frozenset(SubscriptionDateCondition._wire_names.values())
SubscriptionDateCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
SubscriptionDateCondition._encoders = {
    "condition_type": _encode_condition_type,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "value": _encode_value,
}
