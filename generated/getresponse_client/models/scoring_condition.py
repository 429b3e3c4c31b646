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

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.scoring_condition_operator import ScoringConditionOperator
from ..models.scoring_condition_operator_type import ScoringConditionOperatorType
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ScoringCondition(WireModel):
    """Search contacts by scoring.

    Example:
        {'conditionType': 'score', 'operatorType': 'numeric_operator', 'operator': 'numeric_lt', 'value': 5}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ScoringConditionOperatorType):  Example: numeric_operator.
        operator (ScoringConditionOperator | Unset): The relational operator. Example: numeric_lt.
        value (int | Unset): This field is required for the relational operator, and prohibited for the not_exists
            operator type Example: 5.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: ScoringConditionOperatorType
    operator: ScoringConditionOperator | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ScoringCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=ScoringConditionOperatorType),
        "operator": WireField("operator", enum=ScoringConditionOperator),
        "value": WireField("value", decode=wire_int),
    },
    additional_properties=True,
)
