from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
)

from ..models.e_commerce_abandoned_cart_condition_cart_value_operator import (
    ECommerceAbandonedCartConditionCartValueOperator,
)
from ..types import UNSET


@_attrs_define
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


def _decode_operator(json_value_: Any) -> ECommerceAbandonedCartConditionCartValueOperator:
    operator = ECommerceAbandonedCartConditionCartValueOperator(json_value_)

    return operator


def _from_dict(
    cls: type[ECommerceAbandonedCartConditionCartValue], src_dict: Mapping[str, Any]
) -> ECommerceAbandonedCartConditionCartValue:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("currency", UNSET)
    if value is UNSET:
        not_in_response(self, "currency")
    else:
        self.currency = value
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    else:
        self.value = value
    value = get("operator", UNSET)
    if value is UNSET:
        not_in_response(self, "operator")
    elif type(value) is str:
        try:
            self.operator = _members_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator = ECommerceAbandonedCartConditionCartValueOperator(value)
    elif absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceAbandonedCartConditionCartValue._wire_fields}


setattr(
    ECommerceAbandonedCartConditionCartValue, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ECommerceAbandonedCartConditionCartValue._wire_names = {
    "currency": "currency",
    "value": "value",
    "operator": "operator",
}
ECommerceAbandonedCartConditionCartValue._wire_fields = frozenset(
    ECommerceAbandonedCartConditionCartValue._wire_names.values()
)
ECommerceAbandonedCartConditionCartValue._decoders = {
    "currency": None,
    "value": None,
    "operator": _decode_operator,
}
ECommerceAbandonedCartConditionCartValue._extra_decoder = _decode_additional_properties
_members_operator = enum_members(ECommerceAbandonedCartConditionCartValueOperator)
