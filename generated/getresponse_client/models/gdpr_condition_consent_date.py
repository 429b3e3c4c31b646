from __future__ import annotations

import datetime
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
    parse_date,
)

from ..models.gdpr_condition_consent_date_operator import GdprConditionConsentDateOperator
from ..types import UNSET, Unset


@_attrs_define
class GdprConditionConsentDate(WireModel):
    """Specify when consent was given or not given.

    Attributes:
        operator (GdprConditionConsentDateOperator): This field allows you to specify how you want to narrow down the
            search results by date.
        date (datetime.date | Unset): Date in the Y-m-d format. Example: 2024-11-08.
    """

    operator: GdprConditionConsentDateOperator
    date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_operator(json_value_: Any) -> GdprConditionConsentDateOperator:
    operator = GdprConditionConsentDateOperator(json_value_)

    return operator


def _decode_date(json_value_: Any) -> datetime.date | Unset:
    _date = json_value_
    date: datetime.date | Unset
    if isinstance(_date, Unset):
        date = UNSET
    else:
        date = datetime.date.fromisoformat(_date)

    return date


def _from_dict(cls: type[GdprConditionConsentDate], src_dict: Mapping[str, Any]) -> GdprConditionConsentDate:
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
            self.operator = GdprConditionConsentDateOperator(value)
    elif absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
    value = get("date", UNSET)
    if type(value) is str:
        try:
            self.date = parse_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    elif absent(value):
        self.date = value
    else:
        try:
            self.date = _decode_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GdprConditionConsentDate._wire_fields}


setattr(GdprConditionConsentDate, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
GdprConditionConsentDate._wire_names = {
    "operator": "operator",
    "date": "date",
}
GdprConditionConsentDate._wire_fields = frozenset(GdprConditionConsentDate._wire_names.values())
GdprConditionConsentDate._decoders = {
    "operator": _decode_operator,
    "date": _decode_date,
}
GdprConditionConsentDate._extra_decoder = _decode_additional_properties
_members_operator = enum_members(GdprConditionConsentDateOperator)
