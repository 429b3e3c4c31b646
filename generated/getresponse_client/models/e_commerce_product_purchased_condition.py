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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


bind_fields(
    ECommerceProductPurchasedCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "shop_scope": WireField("shopScope", required=True, decode=_decode_shop_scope, keep=True),
        "category_scope": WireField("categoryScope", required=True, decode=_decode_category_scope, keep=True),
        "operator_type": WireField("operatorType", required=True, enum=ECommerceProductPurchasedConditionOperatorType),
        "operator": WireField("operator", required=True, enum=ECommerceProductPurchasedConditionOperator),
        "product_scope": WireField("productScope", required=True, decode=_decode_product_scope, keep=True),
        "date_operator": WireField("dateOperator", required=True, decode=_decode_date_operator, keep=True),
        "value": WireField("value", decode=_decode_value, keep=True),
        "number_of_days": WireField("numberOfDays", decode=wire_int),
        "include_current_period": WireField("includeCurrentPeriod", decode=wire_bool),
    },
    additional_properties=True,
)
