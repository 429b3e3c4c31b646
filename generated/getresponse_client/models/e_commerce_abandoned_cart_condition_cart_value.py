from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.e_commerce_abandoned_cart_condition_cart_value_operator import (
    ECommerceAbandonedCartConditionCartValueOperator,
)

T = TypeVar("T", bound="ECommerceAbandonedCartConditionCartValue")


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

    def _encode(self) -> dict[str, Any]:
        currency = self.currency

        value = self.value

        operator = self.operator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "value": value,
                "operator": operator,
            }
        )

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_currency(self: ECommerceAbandonedCartConditionCartValue) -> Any:
    currency = self.currency
    return currency


def _encode_value(self: ECommerceAbandonedCartConditionCartValue) -> Any:
    value = self.value
    return value


def _decode_operator(json_value_: Any) -> ECommerceAbandonedCartConditionCartValueOperator:
    operator = ECommerceAbandonedCartConditionCartValueOperator(json_value_)

    return operator


def _encode_operator(self: ECommerceAbandonedCartConditionCartValue) -> Any:
    operator = self.operator.value
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
    self.currency = get("currency", UNSET)
    self.value = get("value", UNSET)
    value = get("operator", UNSET)
    if absent(value):
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
ECommerceAbandonedCartConditionCartValue._encoders = {
    "currency": _encode_currency,
    "value": _encode_value,
    "operator": _encode_operator,
}
ECommerceAbandonedCartConditionCartValue._extra_decoder = _decode_additional_properties
