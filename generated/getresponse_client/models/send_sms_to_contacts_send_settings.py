from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_sms_to_contacts_send_settings_contacts import SendSmsToContactsSendSettingsContacts


T = TypeVar("T", bound="SendSmsToContactsSendSettings")


@_attrs_define
class SendSmsToContactsSendSettings(WireModel):
    """How the message will be delivered to the subscriber

    Attributes:
        contacts (SendSmsToContactsSendSettingsContacts): The filter that determines message recipients.
        sender_name_id (str | Unset): ID of the sender name used to send SMS message. Example: SnId.
    """

    contacts: SendSmsToContactsSendSettingsContacts
    sender_name_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        contacts = self.contacts.to_dict()

        sender_name_id = self.sender_name_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
            }
        )
        if sender_name_id is not UNSET:
            field_dict["senderNameId"] = sender_name_id

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


def _decode_contacts(d: Mapping[str, Any]) -> SendSmsToContactsSendSettingsContacts:
    from ..models.send_sms_to_contacts_send_settings_contacts import SendSmsToContactsSendSettingsContacts  # noqa: PLC0415

    contacts = SendSmsToContactsSendSettingsContacts.from_dict(d["contacts"])

    return contacts


def _decode_sender_name_id(d: Mapping[str, Any]) -> str | Unset:
    sender_name_id: str | Unset = d.get("senderNameId", UNSET)
    return sender_name_id


def _encode_contacts(self: SendSmsToContactsSendSettings) -> Any:
    contacts = self.contacts.to_dict()
    return contacts


def _encode_sender_name_id(self: SendSmsToContactsSendSettings) -> Any:
    sender_name_id = self.sender_name_id
    return sender_name_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendSmsToContactsSendSettings._wire_fields}


SendSmsToContactsSendSettings._wire_names = {
    "contacts": "contacts",
    "sender_name_id": "senderNameId",
}
SendSmsToContactsSendSettings._wire_fields = frozenset(SendSmsToContactsSendSettings._wire_names.values())
SendSmsToContactsSendSettings._decoders = {
    "contacts": _decode_contacts,
    "sender_name_id": _decode_sender_name_id,
    "additional_properties": _decode_additional_properties,
}
SendSmsToContactsSendSettings._encoders = {
    "contacts": _encode_contacts,
    "sender_name_id": _encode_sender_name_id,
}
