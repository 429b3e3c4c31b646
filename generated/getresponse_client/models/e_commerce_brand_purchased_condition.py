from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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

    condition_type: ConditionTypeConditionType
    scope: str
    operator_type: ECommerceBrandPurchasedConditionOperatorType
    operator: ECommerceBrandPurchasedConditionOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceBrandPurchasedCondition._wire_fields}


ECommerceBrandPurchasedCondition._extra_decoder = _decode_additional_properties

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
