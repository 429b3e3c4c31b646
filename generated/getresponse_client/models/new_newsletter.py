from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

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

from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.new_newsletter_type import NewNewsletterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.list_reference import ListReference
    from ..models.message_content import MessageContent
    from ..models.newsletter_attachment import NewsletterAttachment
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails
    from .from_field_reference import FromFieldReferenceDict
    from .list_reference import ListReferenceDict
    from .message_content import MessageContentDict
    from .newsletter_attachment import NewsletterAttachmentDict
    from .newsletter_send_settings_details import NewsletterSendSettingsDetailsDict


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


def _decode_content(json_value_: Any) -> MessageContent:
    content = MessageContent.from_dict(json_value_)

    return content


def _decode_from_field(json_value_: Any) -> FromFieldReference:
    from_field = FromFieldReference.from_dict(json_value_)

    return from_field


def _decode_campaign(json_value_: Any) -> ListReference:
    campaign = ListReference.from_dict(json_value_)

    return campaign


def _decode_send_settings(json_value_: Any) -> NewsletterSendSettingsDetails:
    send_settings = NewsletterSendSettingsDetails.from_dict(json_value_)

    return send_settings


def _decode_flags(json_value_: Any) -> list[MessageFlagsArrayItem] | Unset:
    _flags = json_value_
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    if _flags is not UNSET:
        flags = []
        for componentsschemas_message_flags_array_item_data in _flags:
            componentsschemas_message_flags_array_item = MessageFlagsArrayItem(
                componentsschemas_message_flags_array_item_data
            )

            flags.append(componentsschemas_message_flags_array_item)

    return flags


def _decode_type_(json_value_: Any) -> NewNewsletterType | Unset:
    _type_ = json_value_
    type_: NewNewsletterType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = NewNewsletterType(_type_)

    return type_


def _decode_reply_to(json_value_: Any) -> FromFieldReference | Unset:
    _reply_to = json_value_
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_attachments(json_value_: Any) -> list[NewsletterAttachment] | Unset:
    _attachments = json_value_
    attachments: list[NewsletterAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = NewsletterAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


def _from_dict(cls: type[NewNewsletter], src_dict: Mapping[str, Any]) -> NewNewsletter:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("content", UNSET)
    if value is UNSET:
        not_in_response(self, "content")
    elif type(value) is dict:
        self.content = MessageContent.from_dict(value)
    elif absent(value):
        self.content = value
    else:
        try:
            self.content = _decode_content(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content", value, error)
    value = get("subject", UNSET)
    if value is UNSET:
        not_in_response(self, "subject")
    else:
        self.subject = value
    value = get("fromField", UNSET)
    if value is UNSET:
        not_in_response(self, "from_field")
    elif type(value) is dict:
        self.from_field = FromFieldReference.from_dict(value)
    elif absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("campaign", UNSET)
    if value is UNSET:
        not_in_response(self, "campaign")
    elif type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("sendSettings", UNSET)
    if value is UNSET:
        not_in_response(self, "send_settings")
    elif type(value) is dict:
        self.send_settings = NewsletterSendSettingsDetails.from_dict(value)
    elif absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
    value = get("flags", UNSET)
    if absent(value):
        self.flags = value
    else:
        try:
            self.flags = _decode_flags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "flags", value, error)
    self.name = get("name", UNSET)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = NewNewsletterType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("replyTo", UNSET)
    if type(value) is dict:
        self.reply_to = FromFieldReference.from_dict(value)
    elif absent(value):
        self.reply_to = value
    else:
        try:
            self.reply_to = _decode_reply_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "reply_to", value, error)
    value = get("attachments", UNSET)
    if absent(value):
        self.attachments = value
    else:
        try:
            self.attachments = _decode_attachments(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "attachments", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewNewsletter._wire_fields}


class NewNewsletterDict(TypedDict, total=False):
    """NewNewsletter as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    content: Required[MessageContent | MessageContentDict]
    subject: Required[str]
    fromField: Required[FromFieldReference | FromFieldReferenceDict]
    campaign: Required[ListReference | ListReferenceDict]
    sendSettings: Required[NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict]
    flags: list[MessageFlagsArrayItem | str]
    name: str
    type: NewNewsletterType | str
    replyTo: FromFieldReference | FromFieldReferenceDict
    attachments: list[NewsletterAttachment | NewsletterAttachmentDict]


setattr(NewNewsletter, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
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
    "subject": None,
    "from_field": _decode_from_field,
    "campaign": _decode_campaign,
    "send_settings": _decode_send_settings,
    "flags": _decode_flags,
    "name": None,
    "type_": _decode_type_,
    "reply_to": _decode_reply_to,
    "attachments": _decode_attachments,
}
NewNewsletter._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(NewNewsletterType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.newsletter_attachment import NewsletterAttachment  # noqa: E402
from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails  # noqa: E402
