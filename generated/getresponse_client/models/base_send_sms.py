from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.base_send_sms_recipients_type import BaseSendSmsRecipientsType


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class BaseSendSms(WireModel):
    """
    Attributes:
        name (str): The SMS message name Example: New message.
        content (str): The SMS message content Example: Sample SMS content.
        recipients_type (BaseSendSmsRecipientsType): The recipient type. Example: contacts.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    content: str
    recipients_type: BaseSendSmsRecipientsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class BaseSendSmsDict(TypedDict, total=False):
    """BaseSendSms as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    content: Required[str]
    recipientsType: Required[BaseSendSmsRecipientsType | str]


bind_fields(
    BaseSendSms,
    {
        "name": WireField("name", required=True),
        "content": WireField("content", required=True),
        "recipients_type": WireField("recipientsType", required=True, enum=BaseSendSmsRecipientsType),
    },
    additional_properties=True,
)
