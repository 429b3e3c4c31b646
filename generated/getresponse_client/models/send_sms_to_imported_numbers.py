from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.base_send_sms_recipients_type import BaseSendSmsRecipientsType

if TYPE_CHECKING:
    from ..models.send_sms_to_imported_numbers_send_settings import SendSmsToImportedNumbersSendSettings


T = TypeVar("T", bound="SendSmsToImportedNumbers")


@_attrs_define
class SendSmsToImportedNumbers(WireModel):
    """
    Attributes:
        name (str): The SMS message name Example: New message.
        content (str): The SMS message content Example: Sample SMS content.
        recipients_type (BaseSendSmsRecipientsType): The recipient type. Example: contacts.
        send_settings (SendSmsToImportedNumbersSendSettings): How the message will be delivered to the subscriber
    """

    name: str
    content: str
    recipients_type: BaseSendSmsRecipientsType
    send_settings: SendSmsToImportedNumbersSendSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        recipients_type = self.recipients_type.value

        send_settings = self.send_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content": content,
                "recipientsType": recipients_type,
                "sendSettings": send_settings,
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


def _decode_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_content(d: Mapping[str, Any]) -> str:
    content: str = d["content"]
    return content


def _decode_recipients_type(d: Mapping[str, Any]) -> BaseSendSmsRecipientsType:
    recipients_type = BaseSendSmsRecipientsType(d["recipientsType"])

    return recipients_type


def _decode_send_settings(d: Mapping[str, Any]) -> SendSmsToImportedNumbersSendSettings:
    from ..models.send_sms_to_imported_numbers_send_settings import SendSmsToImportedNumbersSendSettings  # noqa: PLC0415

    send_settings = SendSmsToImportedNumbersSendSettings.from_dict(d["sendSettings"])

    return send_settings


def _encode_name(self: SendSmsToImportedNumbers) -> Any:
    name = self.name
    return name


def _encode_content(self: SendSmsToImportedNumbers) -> Any:
    content = self.content
    return content


def _encode_recipients_type(self: SendSmsToImportedNumbers) -> Any:
    recipients_type = self.recipients_type.value
    return recipients_type


def _encode_send_settings(self: SendSmsToImportedNumbers) -> Any:
    send_settings = self.send_settings.to_dict()
    return send_settings


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendSmsToImportedNumbers._wire_fields}


SendSmsToImportedNumbers._wire_names = {
    "name": "name",
    "content": "content",
    "recipients_type": "recipientsType",
    "send_settings": "sendSettings",
}
SendSmsToImportedNumbers._wire_fields = frozenset(SendSmsToImportedNumbers._wire_names.values())
SendSmsToImportedNumbers._decoders = {
    "name": _decode_name,
    "content": _decode_content,
    "recipients_type": _decode_recipients_type,
    "send_settings": _decode_send_settings,
    "additional_properties": _decode_additional_properties,
}
SendSmsToImportedNumbers._encoders = {
    "name": _encode_name,
    "content": _encode_content,
    "recipients_type": _encode_recipients_type,
    "send_settings": _encode_send_settings,
}
