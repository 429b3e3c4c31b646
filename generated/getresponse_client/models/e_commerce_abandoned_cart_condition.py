from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_abandoned_cart_condition_date_operator import ECommerceAbandonedCartConditionDateOperator
from ..models.e_commerce_abandoned_cart_condition_shop_scope_type_0 import ECommerceAbandonedCartConditionShopScopeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.e_commerce_abandoned_cart_condition_cart_value import ECommerceAbandonedCartConditionCartValue


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ECommerceAbandonedCartCondition(WireModel):
    """Search contacts by abandoned cart.

    Example:
        {'conditionType': 'ecommerce_abandoned_cart', 'shopScope': 'ZTo', 'dateOperator': 'date_from', 'value':
            '2018-04-01', 'cartValue': {'currency': 'USD', 'value': 7, 'operator': 'numeric_eq'}}

    Attributes:
        condition_type (ConditionTypeConditionType):
        shop_scope (Any | ECommerceAbandonedCartConditionShopScopeType0): Limit the searched shops
        cart_value (ECommerceAbandonedCartConditionCartValue): Limit search by cart value
        date_operator (ECommerceAbandonedCartConditionDateOperator): Set a date range.
        value (datetime.date | int | Unset): This field is required only for date_from and last_n_days date operators.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
        range_ (str | Unset): The date interval string compliant with ISO 8601, supported format: / Example:
            2018-04-01/2018-04-10.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    shop_scope: Any | ECommerceAbandonedCartConditionShopScopeType0
    cart_value: ECommerceAbandonedCartConditionCartValue
    date_operator: ECommerceAbandonedCartConditionDateOperator
    value: datetime.date | int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    range_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_shop_scope(json_value_: Any) -> Any | ECommerceAbandonedCartConditionShopScopeType0:
    def _parse_shop_scope(data: object) -> Any | ECommerceAbandonedCartConditionShopScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            shop_scope_type_0 = ECommerceAbandonedCartConditionShopScopeType0(data)

            return shop_scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceAbandonedCartConditionShopScopeType0, data)

    shop_scope = _parse_shop_scope(json_value_)

    return shop_scope


def _decode_value(json_value_: Any) -> datetime.date | int | Unset:
    def _parse_value(data: object) -> datetime.date | int | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_0 = datetime.date.fromisoformat(data)

            return value_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | int | Unset, data)

    value = _parse_value(json_value_)

    return value


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.e_commerce_abandoned_cart_condition_cart_value import ECommerceAbandonedCartConditionCartValue  # noqa: E402

bind_fields(
    ECommerceAbandonedCartCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "shop_scope": WireField("shopScope", required=True, decode=_decode_shop_scope, keep=True),
        "cart_value": WireField(
            "cartValue", required=True, decode=ECommerceAbandonedCartConditionCartValue.from_dict, keep=True
        ),
        "date_operator": WireField("dateOperator", required=True, enum=ECommerceAbandonedCartConditionDateOperator),
        "value": WireField("value", decode=_decode_value, keep=True),
        "include_current_period": WireField("includeCurrentPeriod", decode=wire_bool),
        "range_": WireField("range"),
    },
    additional_properties=True,
)
