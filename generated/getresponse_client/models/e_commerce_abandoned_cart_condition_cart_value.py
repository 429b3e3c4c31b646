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

from ..models.e_commerce_abandoned_cart_condition_cart_value_operator import (
    ECommerceAbandonedCartConditionCartValueOperator,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ECommerceAbandonedCartConditionCartValue(WireModel):
    """Limit search by cart value

    Attributes:
        currency (str): The currency code according to ISO 4217, i.e. Example: USD.
        value (float):  Example: 7.00.
        operator (ECommerceAbandonedCartConditionCartValueOperator):  Example: numeric_eq.
    """

    currency: str
    value: float
    operator: ECommerceAbandonedCartConditionCartValueOperator
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceAbandonedCartConditionCartValue._wire_fields}


ECommerceAbandonedCartConditionCartValue._extra_decoder = _decode_additional_properties

bind_fields(
    ECommerceAbandonedCartConditionCartValue,
    {
        "currency": WireField("currency", required=True),
        "value": WireField("value", required=True),
        "operator": WireField("operator", required=True, enum=ECommerceAbandonedCartConditionCartValueOperator),
    },
    additional_properties=True,
)
