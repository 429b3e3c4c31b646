from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..models.autoresponder_day_condition_operator_type import AutoresponderDayConditionOperatorType
from ..models.autoresponder_day_condition_operator_type_1 import AutoresponderDayConditionOperatorType1
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.relational_numeric_operator_enum import RelationalNumericOperatorEnum
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AutoresponderDayCondition(WireModel):
    """To find the autoresponder cycle day of a contact.

    Example:
        {'conditionType': 'phase', 'operatorType': 'numeric_operator', 'operator': 'numeric_eq', 'value': 6}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (AutoresponderDayConditionOperatorType):
        operator (AutoresponderDayConditionOperatorType1 | RelationalNumericOperatorEnum):
        value (int | Unset): The autoresponder cycle day value. Example: 6.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: AutoresponderDayConditionOperatorType
    operator: AutoresponderDayConditionOperatorType1 | RelationalNumericOperatorEnum
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_operator(json_value_: Any) -> AutoresponderDayConditionOperatorType1 | RelationalNumericOperatorEnum:
    def _parse_operator(data: object) -> AutoresponderDayConditionOperatorType1 | RelationalNumericOperatorEnum:
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_0 = RelationalNumericOperatorEnum(data)

            return operator_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        operator_type_1 = AutoresponderDayConditionOperatorType1(data)

        return operator_type_1

    operator = _parse_operator(json_value_)

    return operator


bind_fields(
    AutoresponderDayCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=AutoresponderDayConditionOperatorType),
        "operator": WireField("operator", required=True, decode=_decode_operator, keep=True),
        "value": WireField("value", decode=wire_int),
    },
    additional_properties=True,
)
