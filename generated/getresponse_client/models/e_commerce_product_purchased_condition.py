from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

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
    wire_int,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_product_purchased_condition_category_scope_type_0 import (
    ECommerceProductPurchasedConditionCategoryScopeType0,
)
from ..models.e_commerce_product_purchased_condition_date_operator_type_1 import (
    ECommerceProductPurchasedConditionDateOperatorType1,
)
from ..models.e_commerce_product_purchased_condition_date_operator_type_2 import (
    ECommerceProductPurchasedConditionDateOperatorType2,
)
from ..models.e_commerce_product_purchased_condition_operator import ECommerceProductPurchasedConditionOperator
from ..models.e_commerce_product_purchased_condition_operator_type import ECommerceProductPurchasedConditionOperatorType
from ..models.e_commerce_product_purchased_condition_product_scope_type_0 import (
    ECommerceProductPurchasedConditionProductScopeType0,
)
from ..models.e_commerce_product_purchased_condition_shop_scope_type_0 import (
    ECommerceProductPurchasedConditionShopScopeType0,
)
from ..models.specific_date_enum import SpecificDateEnum
from ..models.specific_date_extended_enum_type_1 import SpecificDateExtendedEnumType1
from ..types import UNSET, Unset


@_attrs_define
class ECommerceProductPurchasedCondition(WireModel):
    """Search the product purchased.

    Example:
        {'conditionType': 'ecommerce_product_purchased', 'shopScope': 'all', 'categoryScope': 'all', 'operatorType':
            'equal_operator', 'operator': 'is', 'productScope': 'all', 'dateOperator': 'date_from', 'value': '2018-04-01'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        shop_scope (Any | ECommerceProductPurchasedConditionShopScopeType0): Limit the searched shops
        category_scope (Any | ECommerceProductPurchasedConditionCategoryScopeType0): The product category
        operator_type (ECommerceProductPurchasedConditionOperatorType):  Example: equal_operator.
        operator (ECommerceProductPurchasedConditionOperator):  Example: is.
        product_scope (Any | ECommerceProductPurchasedConditionProductScopeType0):
        date_operator (ECommerceProductPurchasedConditionDateOperatorType1 |
            ECommerceProductPurchasedConditionDateOperatorType2 | SpecificDateEnum | SpecificDateExtendedEnumType1): Set a
            date range.
        value (datetime.date | str | Unset): This field stores the date or time interval for the date_to, date_from, or
            custom date operator Example: 2018-04-01.
        number_of_days (int | Unset): Number of days, required for the last_n_days date operator Example: 20.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
    """

    condition_type: ConditionTypeConditionType
    shop_scope: Any | ECommerceProductPurchasedConditionShopScopeType0
    category_scope: Any | ECommerceProductPurchasedConditionCategoryScopeType0
    operator_type: ECommerceProductPurchasedConditionOperatorType
    operator: ECommerceProductPurchasedConditionOperator
    product_scope: Any | ECommerceProductPurchasedConditionProductScopeType0
    date_operator: (
        ECommerceProductPurchasedConditionDateOperatorType1
        | ECommerceProductPurchasedConditionDateOperatorType2
        | SpecificDateEnum
        | SpecificDateExtendedEnumType1
    )
    value: datetime.date | str | Unset = UNSET
    number_of_days: int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_shop_scope(json_value_: Any) -> Any | ECommerceProductPurchasedConditionShopScopeType0:
    def _parse_shop_scope(data: object) -> Any | ECommerceProductPurchasedConditionShopScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            shop_scope_type_0 = ECommerceProductPurchasedConditionShopScopeType0(data)

            return shop_scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceProductPurchasedConditionShopScopeType0, data)

    shop_scope = _parse_shop_scope(json_value_)

    return shop_scope


def _decode_category_scope(json_value_: Any) -> Any | ECommerceProductPurchasedConditionCategoryScopeType0:
    def _parse_category_scope(data: object) -> Any | ECommerceProductPurchasedConditionCategoryScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            category_scope_type_0 = ECommerceProductPurchasedConditionCategoryScopeType0(data)

            return category_scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceProductPurchasedConditionCategoryScopeType0, data)

    category_scope = _parse_category_scope(json_value_)

    return category_scope


def _decode_operator_type(json_value_: Any) -> ECommerceProductPurchasedConditionOperatorType:
    operator_type = ECommerceProductPurchasedConditionOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> ECommerceProductPurchasedConditionOperator:
    operator = ECommerceProductPurchasedConditionOperator(json_value_)

    return operator


def _decode_product_scope(json_value_: Any) -> Any | ECommerceProductPurchasedConditionProductScopeType0:
    def _parse_product_scope(data: object) -> Any | ECommerceProductPurchasedConditionProductScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            product_scope_type_0 = ECommerceProductPurchasedConditionProductScopeType0(data)

            return product_scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceProductPurchasedConditionProductScopeType0, data)

    product_scope = _parse_product_scope(json_value_)

    return product_scope


def _decode_date_operator(
    json_value_: Any,
) -> (
    ECommerceProductPurchasedConditionDateOperatorType1
    | ECommerceProductPurchasedConditionDateOperatorType2
    | SpecificDateEnum
    | SpecificDateExtendedEnumType1
):
    def _parse_date_operator(
        data: object,
    ) -> (
        ECommerceProductPurchasedConditionDateOperatorType1
        | ECommerceProductPurchasedConditionDateOperatorType2
        | SpecificDateEnum
        | SpecificDateExtendedEnumType1
    ):
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_specific_date_extended_enum_type_0 = SpecificDateEnum(data)

            return componentsschemas_specific_date_extended_enum_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_specific_date_extended_enum_type_1 = SpecificDateExtendedEnumType1(data)

            return componentsschemas_specific_date_extended_enum_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_operator_type_1 = ECommerceProductPurchasedConditionDateOperatorType1(data)

            return date_operator_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        date_operator_type_2 = ECommerceProductPurchasedConditionDateOperatorType2(data)

        return date_operator_type_2

    date_operator = _parse_date_operator(json_value_)

    return date_operator


def _decode_value(json_value_: Any) -> datetime.date | str | Unset:
    def _parse_value(data: object) -> datetime.date | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_0 = datetime.date.fromisoformat(data)

            return value_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | str | Unset, data)

    value = _parse_value(json_value_)

    return value


def _from_dict(
    cls: type[ECommerceProductPurchasedCondition], src_dict: Mapping[str, Any]
) -> ECommerceProductPurchasedCondition:
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
    value = get("categoryScope", UNSET)
    if value is UNSET:
        not_in_response(self, "category_scope")
    elif absent(value):
        self.category_scope = value
    else:
        try:
            self.category_scope = _decode_category_scope(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "category_scope", value, error)
    value = get("operatorType", UNSET)
    if value is UNSET:
        not_in_response(self, "operator_type")
    elif type(value) is str:
        try:
            self.operator_type = _members_operator_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator_type = ECommerceProductPurchasedConditionOperatorType(value)
    elif absent(value):
        self.operator_type = value
    else:
        try:
            self.operator_type = _decode_operator_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator_type", value, error)
    value = get("operator", UNSET)
    if value is UNSET:
        not_in_response(self, "operator")
    elif type(value) is str:
        try:
            self.operator = _members_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator = ECommerceProductPurchasedConditionOperator(value)
    elif absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
    value = get("productScope", UNSET)
    if value is UNSET:
        not_in_response(self, "product_scope")
    elif absent(value):
        self.product_scope = value
    else:
        try:
            self.product_scope = _decode_product_scope(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "product_scope", value, error)
    value = get("dateOperator", UNSET)
    if value is UNSET:
        not_in_response(self, "date_operator")
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
    value = get("numberOfDays", UNSET)
    if type(value) is int or absent(value):
        self.number_of_days = value
    else:
        try:
            self.number_of_days = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "number_of_days", value, error)
    value = get("includeCurrentPeriod", UNSET)
    if type(value) is bool or absent(value):
        self.include_current_period = value
    else:
        try:
            self.include_current_period = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "include_current_period", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceProductPurchasedCondition._wire_fields}


setattr(
    ECommerceProductPurchasedCondition, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ECommerceProductPurchasedCondition._wire_names = {
    "condition_type": "conditionType",
    "shop_scope": "shopScope",
    "category_scope": "categoryScope",
    "operator_type": "operatorType",
    "operator": "operator",
    "product_scope": "productScope",
    "date_operator": "dateOperator",
    "value": "value",
    "number_of_days": "numberOfDays",
    "include_current_period": "includeCurrentPeriod",
}
ECommerceProductPurchasedCondition._wire_fields = frozenset(ECommerceProductPurchasedCondition._wire_names.values())
ECommerceProductPurchasedCondition._decoders = {
    "condition_type": _decode_condition_type,
    "shop_scope": _decode_shop_scope,
    "category_scope": _decode_category_scope,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "product_scope": _decode_product_scope,
    "date_operator": _decode_date_operator,
    "value": _decode_value,
    "number_of_days": wire_int,
    "include_current_period": wire_bool,
}
ECommerceProductPurchasedCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(ECommerceProductPurchasedConditionOperatorType)
_members_operator = enum_members(ECommerceProductPurchasedConditionOperator)
