from __future__ import annotations

import datetime
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
    enum_members,
    not_in_response,
    parse_datetime,
)

from ..models.message_editor_enum import MessageEditorEnum
from ..models.newsletter_list_element_type import NewsletterListElementType
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.newsletter_list_element_send_metrics import NewsletterListElementSendMetrics
    from ..models.newsletter_send_settings_listing import NewsletterSendSettingsListing


@_attrs_define
class NewsletterListElement(WireModel):
    """
    Attributes:
        newsletter_id (str): The newsletter ID Example: N.
        href (str): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/newsletters/N.
        name (str | Unset): The newsletter name Example: New message.
        type_ (NewsletterListElementType | Unset): The newsletter type Default: NewsletterListElementType.BROADCAST.
        status (StatusEnum | Unset):
        editor (MessageEditorEnum | Unset): Indicates how the message was created: custom means a custom-made message,
            text means plain text content, getresponse means that the message was created using…
        subject (str | Unset): The message subject Example: Annual report.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        send_on (datetime.datetime | Unset): The scheduled send date and time for the newsletter in the ISO 8601 format.
        send_settings (NewsletterSendSettingsListing | Unset):
        send_metrics (NewsletterListElementSendMetrics | Unset): The sending metrics
        created_on (datetime.datetime | Unset): The creation date
        flags (str | Unset): Comma-separated list of message flags. Example: openrate,clicktrack,google_analytics.
    """

    newsletter_id: str
    href: str
    name: str | Unset = UNSET
    type_: NewsletterListElementType | Unset = NewsletterListElementType.BROADCAST
    status: StatusEnum | Unset = UNSET
    editor: MessageEditorEnum | Unset = UNSET
    subject: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    send_on: datetime.datetime | Unset = UNSET
    send_settings: NewsletterSendSettingsListing | Unset = UNSET
    send_metrics: NewsletterListElementSendMetrics | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    flags: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_type_(json_value_: Any) -> NewsletterListElementType | Unset:
    _type_ = json_value_
    type_: NewsletterListElementType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = NewsletterListElementType(_type_)

    return type_


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _decode_editor(json_value_: Any) -> MessageEditorEnum | Unset:
    _editor = json_value_
    editor: MessageEditorEnum | Unset
    if isinstance(_editor, Unset):
        editor = UNSET
    else:
        editor = MessageEditorEnum(_editor)

    return editor


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_send_on(json_value_: Any) -> datetime.datetime | Unset:
    _send_on = json_value_
    send_on: datetime.datetime | Unset
    if isinstance(_send_on, Unset):
        send_on = UNSET
    else:
        send_on = datetime.datetime.fromisoformat(_send_on)

    return send_on


def _decode_send_settings(json_value_: Any) -> NewsletterSendSettingsListing | Unset:
    _send_settings = json_value_
    send_settings: NewsletterSendSettingsListing | Unset
    if isinstance(_send_settings, Unset):
        send_settings = UNSET
    else:
        send_settings = NewsletterSendSettingsListing.from_dict(_send_settings)

    return send_settings


def _decode_send_metrics(json_value_: Any) -> NewsletterListElementSendMetrics | Unset:
    _send_metrics = json_value_
    send_metrics: NewsletterListElementSendMetrics | Unset
    if isinstance(_send_metrics, Unset):
        send_metrics = UNSET
    else:
        send_metrics = NewsletterListElementSendMetrics.from_dict(_send_metrics)

    return send_metrics


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[NewsletterListElement], src_dict: Mapping[str, Any]) -> NewsletterListElement:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("newsletterId", UNSET)
    if value is UNSET:
        not_in_response(self, "newsletter_id")
    else:
        self.newsletter_id = value
    value = get("href", UNSET)
    if value is UNSET:
        not_in_response(self, "href")
    else:
        self.href = value
    self.name = get("name", UNSET)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = NewsletterListElementType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = StatusEnum(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("editor", UNSET)
    if type(value) is str:
        try:
            self.editor = _members_editor[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.editor = MessageEditorEnum(value)
    elif absent(value):
        self.editor = value
    else:
        try:
            self.editor = _decode_editor(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "editor", value, error)
    self.subject = get("subject", UNSET)
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("sendOn", UNSET)
    if type(value) is str:
        try:
            self.send_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    elif absent(value):
        self.send_on = value
    else:
        try:
            self.send_on = _decode_send_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    value = get("sendSettings", UNSET)
    if type(value) is dict:
        self.send_settings = NewsletterSendSettingsListing.from_dict(value)
    elif absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
    value = get("sendMetrics", UNSET)
    if type(value) is dict:
        self.send_metrics = NewsletterListElementSendMetrics.from_dict(value)
    elif absent(value):
        self.send_metrics = value
    else:
        try:
            self.send_metrics = _decode_send_metrics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_metrics", value, error)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    self.flags = get("flags", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterListElement._wire_fields}


setattr(NewsletterListElement, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewsletterListElement._wire_names = {
    "newsletter_id": "newsletterId",
    "href": "href",
    "name": "name",
    "type_": "type",
    "status": "status",
    "editor": "editor",
    "subject": "subject",
    "campaign": "campaign",
    "send_on": "sendOn",
    "send_settings": "sendSettings",
    "send_metrics": "sendMetrics",
    "created_on": "createdOn",
    "flags": "flags",
}
NewsletterListElement._wire_fields = frozenset(NewsletterListElement._wire_names.values())
NewsletterListElement._decoders = {
    "newsletter_id": None,
    "href": None,
    "name": None,
    "type_": _decode_type_,
    "status": _decode_status,
    "editor": _decode_editor,
    "subject": None,
    "campaign": _decode_campaign,
    "send_on": _decode_send_on,
    "send_settings": _decode_send_settings,
    "send_metrics": _decode_send_metrics,
    "created_on": _decode_created_on,
    "flags": None,
}
NewsletterListElement._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(NewsletterListElementType)
_members_status = enum_members(StatusEnum)
_members_editor = enum_members(MessageEditorEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.newsletter_list_element_send_metrics import NewsletterListElementSendMetrics  # noqa: E402
from ..models.newsletter_send_settings_listing import NewsletterSendSettingsListing  # noqa: E402
