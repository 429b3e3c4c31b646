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
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define
class SubscriptionConfirmationSubject(WireModel):
    """
    Attributes:
        subscription_confirmation_subject_id (str | Unset): Subscription confirmation subject ID Example: AS3A.
        subject (str | Unset): Subject Example: Action Requested - please confirm your subscription..
        is_private (StringBooleanEnum | Unset):
    """

    subscription_confirmation_subject_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    is_private: StringBooleanEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_is_private(json_value_: Any) -> StringBooleanEnum | Unset:
    _is_private = json_value_
    is_private: StringBooleanEnum | Unset
    if isinstance(_is_private, Unset):
        is_private = UNSET
    else:
        is_private = StringBooleanEnum(_is_private)

    return is_private


def _from_dict(
    cls: type[SubscriptionConfirmationSubject], src_dict: Mapping[str, Any]
) -> SubscriptionConfirmationSubject:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.subscription_confirmation_subject_id = get("subscriptionConfirmationSubjectId", UNSET)
    self.subject = get("subject", UNSET)
    value = get("isPrivate", UNSET)
    if type(value) is str:
        try:
            self.is_private = _members_is_private[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.is_private = StringBooleanEnum(value)
    elif absent(value):
        self.is_private = value
    else:
        try:
            self.is_private = _decode_is_private(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_private", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscriptionConfirmationSubject._wire_fields}


setattr(
    SubscriptionConfirmationSubject, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SubscriptionConfirmationSubject._wire_names = {
    "subscription_confirmation_subject_id": "subscriptionConfirmationSubjectId",
    "subject": "subject",
    "is_private": "isPrivate",
}
SubscriptionConfirmationSubject._wire_fields = frozenset(SubscriptionConfirmationSubject._wire_names.values())
SubscriptionConfirmationSubject._decoders = {
    "subscription_confirmation_subject_id": None,
    "subject": None,
    "is_private": _decode_is_private,
}
SubscriptionConfirmationSubject._extra_decoder = _decode_additional_properties
_members_is_private = enum_members(StringBooleanEnum)
