from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_number_of_purchases_condition_operator import ECommerceNumberOfPurchasesConditionOperator
from ..models.e_commerce_number_of_purchases_condition_operator_type import (
    ECommerceNumberOfPurchasesConditionOperatorType,
)
from ..models.e_commerce_number_of_purchases_condition_scope_type_0 import ECommerceNumberOfPurchasesConditionScopeType0

if TYPE_CHECKING:
    from ..models.e_commerce_number_of_purchases_condition_date import ECommerceNumberOfPurchasesConditionDate


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ECommerceNumberOfPurchasesCondition(WireModel):
    """Search contacts by the number of purchases.

    Example:
        {'conditionType': 'ecommerce_number_of_purchases', 'scope': 'all', 'operatorType': 'numeric_operator',
            'operator': 'numeric_eq', 'value': 7, 'date': {'operator': 'anytime'}}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ECommerceNumberOfPurchasesConditionOperatorType):  Example: numeric_operator.
        operator (ECommerceNumberOfPurchasesConditionOperator):  Example: numeric_eq.
        scope (Any | ECommerceNumberOfPurchasesConditionScopeType0): The condition limiting the searched shop Example:
            Zto.
        value (int):  Example: 7.
        date (ECommerceNumberOfPurchasesConditionDate): Limit search by date range
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: ECommerceNumberOfPurchasesConditionOperatorType
    operator: ECommerceNumberOfPurchasesConditionOperator
    scope: Any | ECommerceNumberOfPurchasesConditionScopeType0
    value: int
    date: ECommerceNumberOfPurchasesConditionDate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_scope(json_value_: Any) -> Any | ECommerceNumberOfPurchasesConditionScopeType0:
    def _parse_scope(data: object) -> Any | ECommerceNumberOfPurchasesConditionScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            scope_type_0 = ECommerceNumberOfPurchasesConditionScopeType0(data)

            return scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceNumberOfPurchasesConditionScopeType0, data)

    scope = _parse_scope(json_value_)

    return scope


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.e_commerce_number_of_purchases_condition_date import ECommerceNumberOfPurchasesConditionDate  # noqa: E402

bind_fields(
    ECommerceNumberOfPurchasesCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=ECommerceNumberOfPurchasesConditionOperatorType),
        "operator": WireField("operator", required=True, enum=ECommerceNumberOfPurchasesConditionOperator),
        "scope": WireField("scope", required=True, decode=_decode_scope, keep=True),
        "value": WireField("value", required=True, decode=wire_int),
        "date": WireField("date", required=True, decode=ECommerceNumberOfPurchasesConditionDate.from_dict, keep=True),
    },
    additional_properties=True,
)
