from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.base_send_sms_recipients_type import BaseSendSmsRecipientsType


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseSendSms._wire_fields}


class BaseSendSmsDict(TypedDict, total=False):
    """BaseSendSms as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    content: Required[str]
    recipientsType: Required[BaseSendSmsRecipientsType | str]


BaseSendSms._extra_decoder = _decode_additional_properties

bind_fields(
    BaseSendSms,
    {
        "name": WireField("name", required=True),
        "content": WireField("content", required=True),
        "recipients_type": WireField("recipientsType", required=True, enum=BaseSendSmsRecipientsType),
    },
    additional_properties=True,
)
