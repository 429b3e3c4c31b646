from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.new_newsletter_type import NewNewsletterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.list_reference import ListReference
    from ..models.message_content import MessageContent
    from ..models.newsletter_attachment import NewsletterAttachment
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails


T = TypeVar("T", bound="NewNewsletter")


@_attrs_define
class NewNewsletter(WireModel):
    """
    Attributes:
        content (MessageContent): The message content.
        subject (str): The message subject Example: Annual report.
        from_field (FromFieldReference):
        campaign (ListReference): A reference to a list (campaign in the API).
        send_settings (NewsletterSendSettingsDetails):
        flags (list[MessageFlagsArrayItem] | Unset): The message flags.
        name (str | Unset): The newsletter name Example: New message.
        type_ (NewNewsletterType | Unset): The newsletter type Default: NewNewsletterType.BROADCAST.
        reply_to (FromFieldReference | Unset):
        attachments (list[NewsletterAttachment] | Unset): The newsletter attachments.
    """

    content: MessageContent
    subject: str
    from_field: FromFieldReference
    campaign: ListReference
    send_settings: NewsletterSendSettingsDetails
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    name: str | Unset = UNSET
    type_: NewNewsletterType | Unset = NewNewsletterType.BROADCAST
    reply_to: FromFieldReference | Unset = UNSET
    attachments: list[NewsletterAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        content = self.content.to_dict()

        subject = self.subject

        from_field = self.from_field.to_dict()

        campaign = self.campaign.to_dict()

        send_settings = self.send_settings.to_dict()

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = []
            for componentsschemas_message_flags_array_item_data in self.flags:
                componentsschemas_message_flags_array_item = componentsschemas_message_flags_array_item_data.value
                flags.append(componentsschemas_message_flags_array_item)

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "subject": subject,
                "fromField": from_field,
                "campaign": campaign,
                "sendSettings": send_settings,
            }
        )
        if flags is not UNSET:
            field_dict["flags"] = flags
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

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


def _decode_content(d: Mapping[str, Any]) -> MessageContent:
    from ..models.message_content import MessageContent  # noqa: PLC0415

    content = MessageContent.from_dict(d["content"])

    return content


def _decode_subject(d: Mapping[str, Any]) -> str:
    subject: str = d["subject"]
    return subject


def _decode_from_field(d: Mapping[str, Any]) -> FromFieldReference:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    from_field = FromFieldReference.from_dict(d["fromField"])

    return from_field


def _decode_campaign(d: Mapping[str, Any]) -> ListReference:
    from ..models.list_reference import ListReference  # noqa: PLC0415

    campaign = ListReference.from_dict(d["campaign"])

    return campaign


def _decode_send_settings(d: Mapping[str, Any]) -> NewsletterSendSettingsDetails:
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails  # noqa: PLC0415

    send_settings = NewsletterSendSettingsDetails.from_dict(d["sendSettings"])

    return send_settings


def _decode_flags(d: Mapping[str, Any]) -> list[MessageFlagsArrayItem] | Unset:
    _flags = d.get("flags", UNSET)
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    if _flags is not UNSET:
        flags = []
        for componentsschemas_message_flags_array_item_data in _flags:
            componentsschemas_message_flags_array_item = MessageFlagsArrayItem(
                componentsschemas_message_flags_array_item_data
            )

            flags.append(componentsschemas_message_flags_array_item)

    return flags


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_type_(d: Mapping[str, Any]) -> NewNewsletterType | Unset:
    _type_ = d.get("type", UNSET)
    type_: NewNewsletterType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = NewNewsletterType(_type_)

    return type_


def _decode_reply_to(d: Mapping[str, Any]) -> FromFieldReference | Unset:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    _reply_to = d.get("replyTo", UNSET)
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_attachments(d: Mapping[str, Any]) -> list[NewsletterAttachment] | Unset:
    from ..models.newsletter_attachment import NewsletterAttachment  # noqa: PLC0415

    _attachments = d.get("attachments", UNSET)
    attachments: list[NewsletterAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = NewsletterAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


def _encode_content(self: NewNewsletter) -> Any:
    content = self.content.to_dict()
    return content


def _encode_subject(self: NewNewsletter) -> Any:
    subject = self.subject
    return subject


def _encode_from_field(self: NewNewsletter) -> Any:
    from_field = self.from_field.to_dict()
    return from_field


def _encode_campaign(self: NewNewsletter) -> Any:
    campaign = self.campaign.to_dict()
    return campaign


def _encode_send_settings(self: NewNewsletter) -> Any:
    send_settings = self.send_settings.to_dict()
    return send_settings


def _encode_flags(self: NewNewsletter) -> Any:
    flags: list[str] | Unset = UNSET
    if not isinstance(self.flags, Unset):
        flags = []
        for componentsschemas_message_flags_array_item_data in self.flags:
            componentsschemas_message_flags_array_item = componentsschemas_message_flags_array_item_data.value
            flags.append(componentsschemas_message_flags_array_item)

    return flags


def _encode_name(self: NewNewsletter) -> Any:
    name = self.name
    return name


def _encode_type_(self: NewNewsletter) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _encode_reply_to(self: NewNewsletter) -> Any:
    reply_to: dict[str, Any] | Unset = UNSET
    if not isinstance(self.reply_to, Unset):
        reply_to = self.reply_to.to_dict()
    return reply_to


def _encode_attachments(self: NewNewsletter) -> Any:
    attachments: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.attachments, Unset):
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

    return attachments


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewNewsletter._wire_fields}


NewNewsletter._wire_names = {
    "content": "content",
    "subject": "subject",
    "from_field": "fromField",
    "campaign": "campaign",
    "send_settings": "sendSettings",
    "flags": "flags",
    "name": "name",
    "type_": "type",
    "reply_to": "replyTo",
    "attachments": "attachments",
}
NewNewsletter._wire_fields = frozenset(NewNewsletter._wire_names.values())
NewNewsletter._decoders = {
    "content": _decode_content,
    "subject": _decode_subject,
    "from_field": _decode_from_field,
    "campaign": _decode_campaign,
    "send_settings": _decode_send_settings,
    "flags": _decode_flags,
    "name": _decode_name,
    "type_": _decode_type_,
    "reply_to": _decode_reply_to,
    "attachments": _decode_attachments,
    "additional_properties": _decode_additional_properties,
}
NewNewsletter._encoders = {
    "content": _encode_content,
    "subject": _encode_subject,
    "from_field": _encode_from_field,
    "campaign": _encode_campaign,
    "send_settings": _encode_send_settings,
    "flags": _encode_flags,
    "name": _encode_name,
    "type_": _encode_type_,
    "reply_to": _encode_reply_to,
    "attachments": _encode_attachments,
}
