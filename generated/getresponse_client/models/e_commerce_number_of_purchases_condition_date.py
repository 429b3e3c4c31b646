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
    wire_bool,
    wire_int,
)

from ..models.e_commerce_number_of_purchases_condition_date_operator import (
    ECommerceNumberOfPurchasesConditionDateOperator,
)
from ..types import UNSET, Unset


@_attrs_define
class ECommerceNumberOfPurchasesConditionDate(WireModel):
    """Limit search by date range

    Attributes:
        operator (ECommerceNumberOfPurchasesConditionDateOperator): Set a date range operator
        number_of_days (int | Unset): Number of days, required for the last_n_days date operator Example: 20.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
        range_ (str | Unset): The date interval string compliant with ISO 8601, supported format: / Example:
            2018-04-01/2018-04-10.
    """

    operator: ECommerceNumberOfPurchasesConditionDateOperator
    number_of_days: int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    range_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_operator(json_value_: Any) -> ECommerceNumberOfPurchasesConditionDateOperator:
    operator = ECommerceNumberOfPurchasesConditionDateOperator(json_value_)

    return operator


def _from_dict(
    cls: type[ECommerceNumberOfPurchasesConditionDate], src_dict: Mapping[str, Any]
) -> ECommerceNumberOfPurchasesConditionDate:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("operator", UNSET)
    if value is UNSET:
        not_in_response(self, "operator")
    elif type(value) is str:
        try:
            self.operator = _members_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator = ECommerceNumberOfPurchasesConditionDateOperator(value)
    elif absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
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
    self.range_ = get("range", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceNumberOfPurchasesConditionDate._wire_fields}


setattr(
    ECommerceNumberOfPurchasesConditionDate, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ECommerceNumberOfPurchasesConditionDate._wire_names = {
    "operator": "operator",
    "number_of_days": "numberOfDays",
    "include_current_period": "includeCurrentPeriod",
    "range_": "range",
}
ECommerceNumberOfPurchasesConditionDate._wire_fields = frozenset(
    ECommerceNumberOfPurchasesConditionDate._wire_names.values()
)
ECommerceNumberOfPurchasesConditionDate._decoders = {
    "operator": _decode_operator,
    "number_of_days": wire_int,
    "include_current_period": wire_bool,
    "range_": None,
}
ECommerceNumberOfPurchasesConditionDate._extra_decoder = _decode_additional_properties
_members_operator = enum_members(ECommerceNumberOfPurchasesConditionDateOperator)
