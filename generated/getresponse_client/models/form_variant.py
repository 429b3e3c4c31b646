from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    parse_datetime,
)

from ..models.form_variant_status import FormVariantStatus
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_statistics import FormStatistics


@_attrs_define
class FormVariant(WireModel):
    """
    Attributes:
        variant (str | Unset): The index of variants Example: 0.
        variant_name (str | Unset):  Example: Variant A.
        winner (StringBooleanEnum | Unset):
        status (FormVariantStatus | Unset):
        created_on (datetime.datetime | Unset):  Example: 2018-07-11T13:37:25+0000.
        statistics (FormStatistics | Unset):
    """

    variant: str | Unset = UNSET
    variant_name: str | Unset = UNSET
    winner: StringBooleanEnum | Unset = UNSET
    status: FormVariantStatus | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    statistics: FormStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_winner(json_value_: Any) -> StringBooleanEnum | Unset:
    _winner = json_value_
    winner: StringBooleanEnum | Unset
    if isinstance(_winner, Unset):
        winner = UNSET
    else:
        winner = StringBooleanEnum(_winner)

    return winner


def _decode_status(json_value_: Any) -> FormVariantStatus | Unset:
    _status = json_value_
    status: FormVariantStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = FormVariantStatus(_status)

    return status


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_statistics(json_value_: Any) -> FormStatistics | Unset:
    _statistics = json_value_
    statistics: FormStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = FormStatistics.from_dict(_statistics)

    return statistics


def _from_dict(cls: type[FormVariant], src_dict: Mapping[str, Any]) -> FormVariant:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.variant = get("variant", UNSET)
    self.variant_name = get("variantName", UNSET)
    value = get("winner", UNSET)
    if type(value) is str:
        try:
            self.winner = _members_winner[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.winner = StringBooleanEnum(value)
    elif absent(value):
        self.winner = value
    else:
        try:
            self.winner = _decode_winner(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winner", value, error)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = FormVariantStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = FormStatistics.from_dict(value)
    elif absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FormVariant._wire_fields}


setattr(FormVariant, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FormVariant._wire_names = {
    "variant": "variant",
    "variant_name": "variantName",
    "winner": "winner",
    "status": "status",
    "created_on": "createdOn",
    "statistics": "statistics",
}
FormVariant._wire_fields = frozenset(FormVariant._wire_names.values())
FormVariant._decoders = {
    "variant": None,
    "variant_name": None,
    "winner": _decode_winner,
    "status": _decode_status,
    "created_on": _decode_created_on,
    "statistics": _decode_statistics,
}
FormVariant._extra_decoder = _decode_additional_properties
_members_winner = enum_members(StringBooleanEnum)
_members_status = enum_members(FormVariantStatus)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.form_statistics import FormStatistics  # noqa: E402
