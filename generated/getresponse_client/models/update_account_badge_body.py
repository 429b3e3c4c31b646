from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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

from ..models.status_enum import StatusEnum
from ..models.update_account_badge_body_type import UpdateAccountBadgeBodyType
from ..types import UNSET, Unset


@_attrs_define
class UpdateAccountBadgeBody(WireModel):
    """
    Attributes:
        status (StatusEnum):
        type_ (UpdateAccountBadgeBodyType | Unset): Account badge type Default: UpdateAccountBadgeBodyType.REFERRAL.
    """

    status: StatusEnum
    type_: UpdateAccountBadgeBodyType | Unset = UpdateAccountBadgeBodyType.REFERRAL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> StatusEnum:
    status = StatusEnum(json_value_)

    return status


def _decode_type_(json_value_: Any) -> UpdateAccountBadgeBodyType | Unset:
    _type_ = json_value_
    type_: UpdateAccountBadgeBodyType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = UpdateAccountBadgeBodyType(_type_)

    return type_


def _from_dict(cls: type[UpdateAccountBadgeBody], src_dict: Mapping[str, Any]) -> UpdateAccountBadgeBody:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("status", UNSET)
    if value is UNSET:
        not_in_response(self, "status")
    elif type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = StatusEnum(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = UpdateAccountBadgeBodyType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateAccountBadgeBody._wire_fields}


class UpdateAccountBadgeBodyDict(TypedDict, total=False):
    """UpdateAccountBadgeBody as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    status: Required[StatusEnum | str]
    type: UpdateAccountBadgeBodyType | str


setattr(UpdateAccountBadgeBody, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpdateAccountBadgeBody._wire_names = {
    "status": "status",
    "type_": "type",
}
UpdateAccountBadgeBody._wire_fields = frozenset(UpdateAccountBadgeBody._wire_names.values())
UpdateAccountBadgeBody._decoders = {
    "status": _decode_status,
    "type_": _decode_type_,
}
UpdateAccountBadgeBody._extra_decoder = _decode_additional_properties
_members_status = enum_members(StatusEnum)
_members_type_ = enum_members(UpdateAccountBadgeBodyType)
