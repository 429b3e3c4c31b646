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

from ..models.base_send_sms_recipients_type import BaseSendSmsRecipientsType
from ..types import UNSET


@_attrs_define
class BaseSendSms(WireModel):
    """
    Attributes:
        name (str): The SMS message name Example: New message.
        content (str): The SMS message content Example: Sample SMS content.
        recipients_type (BaseSendSmsRecipientsType): The recipient type. Example: contacts.
    """

    name: str
    content: str
    recipients_type: BaseSendSmsRecipientsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_recipients_type(json_value_: Any) -> BaseSendSmsRecipientsType:
    recipients_type = BaseSendSmsRecipientsType(json_value_)

    return recipients_type


def _from_dict(cls: type[BaseSendSms], src_dict: Mapping[str, Any]) -> BaseSendSms:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("content", UNSET)
    if value is UNSET:
        not_in_response(self, "content")
    else:
        self.content = value
    value = get("recipientsType", UNSET)
    if value is UNSET:
        not_in_response(self, "recipients_type")
    elif type(value) is str:
        try:
            self.recipients_type = _members_recipients_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.recipients_type = BaseSendSmsRecipientsType(value)
    elif absent(value):
        self.recipients_type = value
    else:
        try:
            self.recipients_type = _decode_recipients_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "recipients_type", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseSendSms._wire_fields}


class BaseSendSmsDict(TypedDict, total=False):
    """BaseSendSms as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    content: Required[str]
    recipientsType: Required[BaseSendSmsRecipientsType | str]


setattr(BaseSendSms, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
BaseSendSms._wire_names = {
    "name": "name",
    "content": "content",
    "recipients_type": "recipientsType",
}
BaseSendSms._wire_fields = frozenset(BaseSendSms._wire_names.values())
BaseSendSms._decoders = {
    "name": None,
    "content": None,
    "recipients_type": _decode_recipients_type,
}
BaseSendSms._extra_decoder = _decode_additional_properties
_members_recipients_type = enum_members(BaseSendSmsRecipientsType)
