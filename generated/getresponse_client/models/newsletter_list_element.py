from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.message_editor_enum import MessageEditorEnum
from ..models.newsletter_list_element_type import NewsletterListElementType
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.newsletter_list_element_send_metrics import NewsletterListElementSendMetrics
    from ..models.newsletter_send_settings_listing import NewsletterSendSettingsListing


T = TypeVar("T", bound="NewsletterListElement")


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

    def _encode(self) -> dict[str, Any]:
        newsletter_id = self.newsletter_id

        href = self.href

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        editor: str | Unset = UNSET
        if not isinstance(self.editor, Unset):
            editor = self.editor.value

        subject = self.subject

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        send_on: str | Unset = UNSET
        if not isinstance(self.send_on, Unset):
            send_on = self.send_on.isoformat()

        send_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_settings, Unset):
            send_settings = self.send_settings.to_dict()

        send_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_metrics, Unset):
            send_metrics = self.send_metrics.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "newsletterId": newsletter_id,
                "href": href,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if editor is not UNSET:
            field_dict["editor"] = editor
        if subject is not UNSET:
            field_dict["subject"] = subject
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if send_on is not UNSET:
            field_dict["sendOn"] = send_on
        if send_settings is not UNSET:
            field_dict["sendSettings"] = send_settings
        if send_metrics is not UNSET:
            field_dict["sendMetrics"] = send_metrics
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if flags is not UNSET:
            field_dict["flags"] = flags

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


def _decode_newsletter_id(d: Mapping[str, Any]) -> str:
    newsletter_id: str = d["newsletterId"]
    return newsletter_id


def _decode_href(d: Mapping[str, Any]) -> str:
    href: str = d["href"]
    return href


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_type_(d: Mapping[str, Any]) -> NewsletterListElementType | Unset:
    _type_ = d.get("type", UNSET)
    type_: NewsletterListElementType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = NewsletterListElementType(_type_)

    return type_


def _decode_status(d: Mapping[str, Any]) -> StatusEnum | Unset:
    _status = d.get("status", UNSET)
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _decode_editor(d: Mapping[str, Any]) -> MessageEditorEnum | Unset:
    _editor = d.get("editor", UNSET)
    editor: MessageEditorEnum | Unset
    if isinstance(_editor, Unset):
        editor = UNSET
    else:
        editor = MessageEditorEnum(_editor)

    return editor


def _decode_subject(d: Mapping[str, Any]) -> str | Unset:
    subject: str | Unset = d.get("subject", UNSET)
    return subject


def _decode_campaign(d: Mapping[str, Any]) -> ListReference | Unset:
    from ..models.list_reference import ListReference  # noqa: PLC0415

    _campaign = d.get("campaign", UNSET)
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_send_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _send_on = d.get("sendOn", UNSET)
    send_on: datetime.datetime | Unset
    if isinstance(_send_on, Unset):
        send_on = UNSET
    else:
        send_on = datetime.datetime.fromisoformat(_send_on)

    return send_on


def _decode_send_settings(d: Mapping[str, Any]) -> NewsletterSendSettingsListing | Unset:
    from ..models.newsletter_send_settings_listing import NewsletterSendSettingsListing  # noqa: PLC0415

    _send_settings = d.get("sendSettings", UNSET)
    send_settings: NewsletterSendSettingsListing | Unset
    if isinstance(_send_settings, Unset):
        send_settings = UNSET
    else:
        send_settings = NewsletterSendSettingsListing.from_dict(_send_settings)

    return send_settings


def _decode_send_metrics(d: Mapping[str, Any]) -> NewsletterListElementSendMetrics | Unset:
    from ..models.newsletter_list_element_send_metrics import NewsletterListElementSendMetrics  # noqa: PLC0415

    _send_metrics = d.get("sendMetrics", UNSET)
    send_metrics: NewsletterListElementSendMetrics | Unset
    if isinstance(_send_metrics, Unset):
        send_metrics = UNSET
    else:
        send_metrics = NewsletterListElementSendMetrics.from_dict(_send_metrics)

    return send_metrics


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_flags(d: Mapping[str, Any]) -> str | Unset:
    flags: str | Unset = d.get("flags", UNSET)
    return flags


def _encode_newsletter_id(self: NewsletterListElement) -> Any:
    newsletter_id = self.newsletter_id
    return newsletter_id


def _encode_href(self: NewsletterListElement) -> Any:
    href = self.href
    return href


def _encode_name(self: NewsletterListElement) -> Any:
    name = self.name
    return name


def _encode_type_(self: NewsletterListElement) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _encode_status(self: NewsletterListElement) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_editor(self: NewsletterListElement) -> Any:
    editor: str | Unset = UNSET
    if not isinstance(self.editor, Unset):
        editor = self.editor.value

    return editor


def _encode_subject(self: NewsletterListElement) -> Any:
    subject = self.subject
    return subject


def _encode_campaign(self: NewsletterListElement) -> Any:
    campaign: dict[str, Any] | Unset = UNSET
    if not isinstance(self.campaign, Unset):
        campaign = self.campaign.to_dict()
    return campaign


def _encode_send_on(self: NewsletterListElement) -> Any:
    send_on: str | Unset = UNSET
    if not isinstance(self.send_on, Unset):
        send_on = self.send_on.isoformat()
    return send_on


def _encode_send_settings(self: NewsletterListElement) -> Any:
    send_settings: dict[str, Any] | Unset = UNSET
    if not isinstance(self.send_settings, Unset):
        send_settings = self.send_settings.to_dict()
    return send_settings


def _encode_send_metrics(self: NewsletterListElement) -> Any:
    send_metrics: dict[str, Any] | Unset = UNSET
    if not isinstance(self.send_metrics, Unset):
        send_metrics = self.send_metrics.to_dict()
    return send_metrics


def _encode_created_on(self: NewsletterListElement) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_flags(self: NewsletterListElement) -> Any:
    flags = self.flags
    return flags


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterListElement._wire_fields}


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
    "newsletter_id": _decode_newsletter_id,
    "href": _decode_href,
    "name": _decode_name,
    "type_": _decode_type_,
    "status": _decode_status,
    "editor": _decode_editor,
    "subject": _decode_subject,
    "campaign": _decode_campaign,
    "send_on": _decode_send_on,
    "send_settings": _decode_send_settings,
    "send_metrics": _decode_send_metrics,
    "created_on": _decode_created_on,
    "flags": _decode_flags,
    "additional_properties": _decode_additional_properties,
}
NewsletterListElement._encoders = {
    "newsletter_id": _encode_newsletter_id,
    "href": _encode_href,
    "name": _encode_name,
    "type_": _encode_type_,
    "status": _encode_status,
    "editor": _encode_editor,
    "subject": _encode_subject,
    "campaign": _encode_campaign,
    "send_on": _encode_send_on,
    "send_settings": _encode_send_settings,
    "send_metrics": _encode_send_metrics,
    "created_on": _encode_created_on,
    "flags": _encode_flags,
}
