from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_string_operator_operator import ConditionStringOperatorOperator
from ..models.condition_string_operator_operator_type import ConditionStringOperatorOperatorType
from ..models.condition_type_condition_type import ConditionTypeConditionType


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NameCondition(WireModel):
    """
    Example:
        {'conditionType': 'name', 'operatorType': 'string_operator', 'operator': 'contains', 'value': 'John'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ConditionStringOperatorOperatorType):  Example: string_operator.
        operator (ConditionStringOperatorOperator):  Example: is_not.
        value (str):  Example: new.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: ConditionStringOperatorOperatorType
    operator: ConditionStringOperatorOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    NameCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=ConditionStringOperatorOperatorType),
        "operator": WireField("operator", required=True, enum=ConditionStringOperatorOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
