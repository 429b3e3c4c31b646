from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

if TYPE_CHECKING:
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails


T = TypeVar("T", bound="SendNewsletterDraft")


@_attrs_define
class SendNewsletterDraft(WireModel):
    """
    Attributes:
        message_id (str): The message identifier (equals to newsletterId) Example: N.
        send_settings (NewsletterSendSettingsDetails):
    """

    message_id: str
    send_settings: NewsletterSendSettingsDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        message_id = self.message_id

        send_settings = self.send_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageId": message_id,
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


def _decode_message_id(d: Mapping[str, Any]) -> str:
    message_id: str = d["messageId"]
    return message_id


def _decode_send_settings(d: Mapping[str, Any]) -> NewsletterSendSettingsDetails:
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails  # noqa: PLC0415

    send_settings = NewsletterSendSettingsDetails.from_dict(d["sendSettings"])

    return send_settings


def _encode_message_id(self: SendNewsletterDraft) -> Any:
    message_id = self.message_id
    return message_id


def _encode_send_settings(self: SendNewsletterDraft) -> Any:
    send_settings = self.send_settings.to_dict()
    return send_settings


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendNewsletterDraft._wire_fields}


SendNewsletterDraft._wire_names = {
    "message_id": "messageId",
    "send_settings": "sendSettings",
}
SendNewsletterDraft._wire_fields = frozenset(SendNewsletterDraft._wire_names.values())
SendNewsletterDraft._decoders = {
    "message_id": _decode_message_id,
    "send_settings": _decode_send_settings,
    "additional_properties": _decode_additional_properties,
}
SendNewsletterDraft._encoders = {
    "message_id": _encode_message_id,
    "send_settings": _encode_send_settings,
}
