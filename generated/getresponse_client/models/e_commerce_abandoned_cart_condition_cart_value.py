from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ECommerceAbandonedCartConditionCartValue(WireModel):
    """Limit search by cart value

    Attributes:
        currency (str): The currency code according to ISO 4217, i.e. Example: USD.
        value (float):  Example: 7.00.
        operator (ECommerceAbandonedCartConditionCartValueOperator):  Example: numeric_eq.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    currency: str
    value: float
    operator: ECommerceAbandonedCartConditionCartValueOperator
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ECommerceAbandonedCartConditionCartValue,
    {
        "currency": WireField("currency", required=True),
        "value": WireField("value", required=True),
        "operator": WireField("operator", required=True, enum=ECommerceAbandonedCartConditionCartValueOperator),
    },
    additional_properties=True,
)
