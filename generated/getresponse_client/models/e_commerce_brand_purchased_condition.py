from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_brand_purchased_condition_operator import ECommerceBrandPurchasedConditionOperator
from ..models.e_commerce_brand_purchased_condition_operator_type import ECommerceBrandPurchasedConditionOperatorType


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ECommerceBrandPurchasedCondition(WireModel):
    """Search contacts by brand purchased.

    Example:
        {'conditionType': 'ecommerce_brand_purchased', 'scope': 'ZTo', 'operatorType': 'equal_operator', 'operator':
            'is', 'value': 'GetResponse'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        scope (str): The shop identifier Example: ZTo.
        operator_type (ECommerceBrandPurchasedConditionOperatorType):  Example: equal_operator.
        operator (ECommerceBrandPurchasedConditionOperator):  Example: is.
        value (str):  Example: GetResponse.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    scope: str
    operator_type: ECommerceBrandPurchasedConditionOperatorType
    operator: ECommerceBrandPurchasedConditionOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ECommerceBrandPurchasedCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "scope": WireField("scope", required=True),
        "operator_type": WireField("operatorType", required=True, enum=ECommerceBrandPurchasedConditionOperatorType),
        "operator": WireField("operator", required=True, enum=ECommerceBrandPurchasedConditionOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
