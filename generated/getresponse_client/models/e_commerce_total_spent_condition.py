from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_total_spent_condition_operator import ECommerceTotalSpentConditionOperator
from ..models.e_commerce_total_spent_condition_operator_type import ECommerceTotalSpentConditionOperatorType
from ..models.e_commerce_total_spent_condition_scope_type_0 import ECommerceTotalSpentConditionScopeType0

if TYPE_CHECKING:
    from ..models.e_commerce_total_spent_condition_date import ECommerceTotalSpentConditionDate


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ECommerceTotalSpentCondition(WireModel):
    """Search contacts by total spent.

    Example:
        {'conditionType': 'ecommerce_total_spent', 'scope': 'all', 'operatorType': 'numeric_operator', 'operator':
            'numeric_eq', 'value': 7, 'currency': 'USD', 'date': {'operator': 'anytime'}}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ECommerceTotalSpentConditionOperatorType):  Example: numeric_operator.
        operator (ECommerceTotalSpentConditionOperator):  Example: numeric_eq.
        scope (Any | ECommerceTotalSpentConditionScopeType0): The condition limiting the searched shop Example: Zto.
        value (float):  Example: 7.00.
        currency (str): The currency code according to ISO 4217, i.e. Example: USD.
        date (ECommerceTotalSpentConditionDate): Limit search by date range
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: ECommerceTotalSpentConditionOperatorType
    operator: ECommerceTotalSpentConditionOperator
    scope: Any | ECommerceTotalSpentConditionScopeType0
    value: float
    currency: str
    date: ECommerceTotalSpentConditionDate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_scope(json_value_: Any) -> Any | ECommerceTotalSpentConditionScopeType0:
    def _parse_scope(data: object) -> Any | ECommerceTotalSpentConditionScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            scope_type_0 = ECommerceTotalSpentConditionScopeType0(data)

            return scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceTotalSpentConditionScopeType0, data)

    scope = _parse_scope(json_value_)

    return scope


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.e_commerce_total_spent_condition_date import ECommerceTotalSpentConditionDate  # noqa: E402

bind_fields(
    ECommerceTotalSpentCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=ECommerceTotalSpentConditionOperatorType),
        "operator": WireField("operator", required=True, enum=ECommerceTotalSpentConditionOperator),
        "scope": WireField("scope", required=True, decode=_decode_scope, keep=True),
        "value": WireField("value", required=True),
        "currency": WireField("currency", required=True),
        "date": WireField("date", required=True, decode=ECommerceTotalSpentConditionDate.from_dict, keep=True),
    },
    additional_properties=True,
)
