from __future__ import annotations

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
    not_in_response,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_sms_to_contacts_send_settings_contacts import SendSmsToContactsSendSettingsContacts


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


def _decode_contacts(json_value_: Any) -> SendSmsToContactsSendSettingsContacts:
    contacts = SendSmsToContactsSendSettingsContacts.from_dict(json_value_)

    return contacts


def _from_dict(cls: type[SendSmsToContactsSendSettings], src_dict: Mapping[str, Any]) -> SendSmsToContactsSendSettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("contacts", UNSET)
    if value is UNSET:
        not_in_response(self, "contacts")
    elif type(value) is dict:
        self.contacts = SendSmsToContactsSendSettingsContacts.from_dict(value)
    elif absent(value):
        self.contacts = value
    else:
        try:
            self.contacts = _decode_contacts(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "contacts", value, error)
    self.sender_name_id = get("senderNameId", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendSmsToContactsSendSettings._wire_fields}


setattr(
    SendSmsToContactsSendSettings, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SendSmsToContactsSendSettings._wire_names = {
    "contacts": "contacts",
    "sender_name_id": "senderNameId",
}
SendSmsToContactsSendSettings._wire_fields = frozenset(SendSmsToContactsSendSettings._wire_names.values())
SendSmsToContactsSendSettings._decoders = {
    "contacts": _decode_contacts,
    "sender_name_id": None,
}
SendSmsToContactsSendSettings._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.send_sms_to_contacts_send_settings_contacts import SendSmsToContactsSendSettingsContacts  # noqa: E402
