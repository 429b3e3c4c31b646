from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
    wire_bool,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_abandoned_cart_condition_date_operator import ECommerceAbandonedCartConditionDateOperator
from ..models.e_commerce_abandoned_cart_condition_shop_scope_type_0 import ECommerceAbandonedCartConditionShopScopeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.e_commerce_abandoned_cart_condition_cart_value import ECommerceAbandonedCartConditionCartValue


@_attrs_define
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

    condition_type: ConditionTypeConditionType
    shop_scope: Any | ECommerceAbandonedCartConditionShopScopeType0
    cart_value: ECommerceAbandonedCartConditionCartValue
    date_operator: ECommerceAbandonedCartConditionDateOperator
    value: datetime.date | int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    range_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


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


def _decode_cart_value(json_value_: Any) -> ECommerceAbandonedCartConditionCartValue:
    cart_value = ECommerceAbandonedCartConditionCartValue.from_dict(json_value_)

    return cart_value


def _decode_date_operator(json_value_: Any) -> ECommerceAbandonedCartConditionDateOperator:
    date_operator = ECommerceAbandonedCartConditionDateOperator(json_value_)

    return date_operator


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


def _from_dict(
    cls: type[ECommerceAbandonedCartCondition], src_dict: Mapping[str, Any]
) -> ECommerceAbandonedCartCondition:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("conditionType", UNSET)
    if value is UNSET:
        not_in_response(self, "condition_type")
    elif type(value) is str:
        try:
            self.condition_type = _members_condition_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.condition_type = ConditionTypeConditionType(value)
    elif absent(value):
        self.condition_type = value
    else:
        try:
            self.condition_type = _decode_condition_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "condition_type", value, error)
    value = get("shopScope", UNSET)
    if value is UNSET:
        not_in_response(self, "shop_scope")
    elif absent(value):
        self.shop_scope = value
    else:
        try:
            self.shop_scope = _decode_shop_scope(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "shop_scope", value, error)
    value = get("cartValue", UNSET)
    if value is UNSET:
        not_in_response(self, "cart_value")
    elif type(value) is dict:
        self.cart_value = ECommerceAbandonedCartConditionCartValue.from_dict(value)
    elif absent(value):
        self.cart_value = value
    else:
        try:
            self.cart_value = _decode_cart_value(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "cart_value", value, error)
    value = get("dateOperator", UNSET)
    if value is UNSET:
        not_in_response(self, "date_operator")
    elif type(value) is str:
        try:
            self.date_operator = _members_date_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.date_operator = ECommerceAbandonedCartConditionDateOperator(value)
    elif absent(value):
        self.date_operator = value
    else:
        try:
            self.date_operator = _decode_date_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date_operator", value, error)
    value = get("value", UNSET)
    if absent(value):
        self.value = value
    else:
        try:
            self.value = _decode_value(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    value = get("includeCurrentPeriod", UNSET)
    if type(value) is bool or absent(value):
        self.include_current_period = value
    else:
        try:
            self.include_current_period = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "include_current_period", value, error)
    self.range_ = get("range", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceAbandonedCartCondition._wire_fields}


setattr(
    ECommerceAbandonedCartCondition, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ECommerceAbandonedCartCondition._wire_names = {
    "condition_type": "conditionType",
    "shop_scope": "shopScope",
    "cart_value": "cartValue",
    "date_operator": "dateOperator",
    "value": "value",
    "include_current_period": "includeCurrentPeriod",
    "range_": "range",
}
ECommerceAbandonedCartCondition._wire_fields = frozenset(ECommerceAbandonedCartCondition._wire_names.values())
ECommerceAbandonedCartCondition._decoders = {
    "condition_type": _decode_condition_type,
    "shop_scope": _decode_shop_scope,
    "cart_value": _decode_cart_value,
    "date_operator": _decode_date_operator,
    "value": _decode_value,
    "include_current_period": wire_bool,
    "range_": None,
}
ECommerceAbandonedCartCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_date_operator = enum_members(ECommerceAbandonedCartConditionDateOperator)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.e_commerce_abandoned_cart_condition_cart_value import ECommerceAbandonedCartConditionCartValue  # noqa: E402
