from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.base_send_sms_recipients_type import BaseSendSmsRecipientsType

if TYPE_CHECKING:
    from ..models.send_sms_to_imported_numbers_send_settings import SendSmsToImportedNumbersSendSettings


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SendSmsToImportedNumbers(WireModel):
    """
    Attributes:
        name (str): The SMS message name Example: New message.
        content (str): The SMS message content Example: Sample SMS content.
        recipients_type (BaseSendSmsRecipientsType): The recipient type. Example: contacts.
        send_settings (SendSmsToImportedNumbersSendSettings): How the message will be delivered to the subscriber
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    content: str
    recipients_type: BaseSendSmsRecipientsType
    send_settings: SendSmsToImportedNumbersSendSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.send_sms_to_imported_numbers_send_settings import SendSmsToImportedNumbersSendSettings  # noqa: E402

bind_fields(
    SendSmsToImportedNumbers,
    {
        "name": WireField("name", required=True),
        "content": WireField("content", required=True),
        "recipients_type": WireField("recipientsType", required=True, enum=BaseSendSmsRecipientsType),
        "send_settings": WireField(
            "sendSettings", required=True, decode=SendSmsToImportedNumbersSendSettings.from_dict, keep=True
        ),
    },
    additional_properties=True,
)
