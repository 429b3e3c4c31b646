from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autoresponder_send_settings_output import AutoresponderSendSettingsOutput
    from ..models.autoresponder_statistics import AutoresponderStatistics
    from ..models.autoresponder_trigger_settings import AutoresponderTriggerSettings
    from ..models.from_field_reference import FromFieldReference
    from ..models.list_reference import ListReference
    from ..models.message_content import MessageContent


T = TypeVar("T", bound="AutoresponderListItem")


@_attrs_define
class AutoresponderListItem(WireModel):
    """
    Attributes:
        autoresponder_id (str | Unset): The autoresponder ID Example: Q.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/autoresponders/Q.
        name (str | Unset): The autoresponder name Example: Message 2.
        subject (str | Unset): The autoresponder message subject Example: test12.
        campaign_id (str | Unset): The campaign ID. Example: V.
        status (StatusEnum | Unset):
        from_field (FromFieldReference | Unset):
        reply_to (FromFieldReference | Unset):
        content (MessageContent | Unset): The message content.
        flags (list[MessageFlagsArrayItem] | Unset): The message flags.
        trigger_settings (AutoresponderTriggerSettings | Unset): The conditions that will trigger the autoresponder
        statistics (AutoresponderStatistics | Unset): The autoresponder statistics summary
        created_on (datetime.datetime | Unset): The creation date
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        send_settings (AutoresponderSendSettingsOutput | Unset): How the message will be delivered to the subscriber
    """

    autoresponder_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    status: StatusEnum | Unset = UNSET
    from_field: FromFieldReference | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    content: MessageContent | Unset = UNSET
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    trigger_settings: AutoresponderTriggerSettings | Unset = UNSET
    statistics: AutoresponderStatistics | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    send_settings: AutoresponderSendSettingsOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        autoresponder_id = self.autoresponder_id

        href = self.href

        name = self.name

        subject = self.subject

        campaign_id = self.campaign_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        from_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_field, Unset):
            from_field = self.from_field.to_dict()

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = []
            for componentsschemas_message_flags_array_item_data in self.flags:
                componentsschemas_message_flags_array_item = componentsschemas_message_flags_array_item_data.value
                flags.append(componentsschemas_message_flags_array_item)

        trigger_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_settings, Unset):
            trigger_settings = self.trigger_settings.to_dict()

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        send_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_settings, Unset):
            send_settings = self.send_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autoresponder_id is not UNSET:
            field_dict["autoresponderId"] = autoresponder_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if status is not UNSET:
            field_dict["status"] = status
        if from_field is not UNSET:
            field_dict["fromField"] = from_field
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to
        if content is not UNSET:
            field_dict["content"] = content
        if flags is not UNSET:
            field_dict["flags"] = flags
        if trigger_settings is not UNSET:
            field_dict["triggerSettings"] = trigger_settings
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if send_settings is not UNSET:
            field_dict["sendSettings"] = send_settings

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


def _encode_autoresponder_id(self: AutoresponderListItem) -> Any:
    autoresponder_id = self.autoresponder_id
    return autoresponder_id


def _encode_href(self: AutoresponderListItem) -> Any:
    href = self.href
    return href


def _encode_name(self: AutoresponderListItem) -> Any:
    name = self.name
    return name


def _encode_subject(self: AutoresponderListItem) -> Any:
    subject = self.subject
    return subject


def _encode_campaign_id(self: AutoresponderListItem) -> Any:
    campaign_id = self.campaign_id
    return campaign_id


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _encode_status(self: AutoresponderListItem) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _decode_from_field(json_value_: Any) -> FromFieldReference | Unset:
    _from_field = json_value_
    from_field: FromFieldReference | Unset
    if isinstance(_from_field, Unset):
        from_field = UNSET
    else:
        from_field = FromFieldReference.from_dict(_from_field)

    return from_field


def _encode_from_field(self: AutoresponderListItem) -> Any:
    from_field: dict[str, Any] | Unset = UNSET
    if not isinstance(self.from_field, Unset):
        from_field = self.from_field.to_dict()
    return from_field


def _decode_reply_to(json_value_: Any) -> FromFieldReference | Unset:
    _reply_to = json_value_
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _encode_reply_to(self: AutoresponderListItem) -> Any:
    reply_to: dict[str, Any] | Unset = UNSET
    if not isinstance(self.reply_to, Unset):
        reply_to = self.reply_to.to_dict()
    return reply_to


def _decode_content(json_value_: Any) -> MessageContent | Unset:
    _content = json_value_
    content: MessageContent | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = MessageContent.from_dict(_content)

    return content


def _encode_content(self: AutoresponderListItem) -> Any:
    content: dict[str, Any] | Unset = UNSET
    if not isinstance(self.content, Unset):
        content = self.content.to_dict()
    return content


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


def _encode_flags(self: AutoresponderListItem) -> Any:
    flags: list[str] | Unset = UNSET
    if not isinstance(self.flags, Unset):
        flags = []
        for componentsschemas_message_flags_array_item_data in self.flags:
            componentsschemas_message_flags_array_item = componentsschemas_message_flags_array_item_data.value
            flags.append(componentsschemas_message_flags_array_item)

    return flags


def _decode_trigger_settings(json_value_: Any) -> AutoresponderTriggerSettings | Unset:
    _trigger_settings = json_value_
    trigger_settings: AutoresponderTriggerSettings | Unset
    if isinstance(_trigger_settings, Unset):
        trigger_settings = UNSET
    else:
        trigger_settings = AutoresponderTriggerSettings.from_dict(_trigger_settings)

    return trigger_settings


def _encode_trigger_settings(self: AutoresponderListItem) -> Any:
    trigger_settings: dict[str, Any] | Unset = UNSET
    if not isinstance(self.trigger_settings, Unset):
        trigger_settings = self.trigger_settings.to_dict()
    return trigger_settings


def _decode_statistics(json_value_: Any) -> AutoresponderStatistics | Unset:
    _statistics = json_value_
    statistics: AutoresponderStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = AutoresponderStatistics.from_dict(_statistics)

    return statistics


def _encode_statistics(self: AutoresponderListItem) -> Any:
    statistics: dict[str, Any] | Unset = UNSET
    if not isinstance(self.statistics, Unset):
        statistics = self.statistics.to_dict()
    return statistics


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_created_on(self: AutoresponderListItem) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _encode_campaign(self: AutoresponderListItem) -> Any:
    campaign: dict[str, Any] | Unset = UNSET
    if not isinstance(self.campaign, Unset):
        campaign = self.campaign.to_dict()
    return campaign


def _decode_send_settings(json_value_: Any) -> AutoresponderSendSettingsOutput | Unset:
    _send_settings = json_value_
    send_settings: AutoresponderSendSettingsOutput | Unset
    if isinstance(_send_settings, Unset):
        send_settings = UNSET
    else:
        send_settings = AutoresponderSendSettingsOutput.from_dict(_send_settings)

    return send_settings


def _encode_send_settings(self: AutoresponderListItem) -> Any:
    send_settings: dict[str, Any] | Unset = UNSET
    if not isinstance(self.send_settings, Unset):
        send_settings = self.send_settings.to_dict()
    return send_settings


def _from_dict(cls: type[AutoresponderListItem], src_dict: Mapping[str, Any]) -> AutoresponderListItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.autoresponder_id = get("autoresponderId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.subject = get("subject", UNSET)
    self.campaign_id = get("campaignId", UNSET)
    value = get("status", UNSET)
    if absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("fromField", UNSET)
    if absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("replyTo", UNSET)
    if absent(value):
        self.reply_to = value
    else:
        try:
            self.reply_to = _decode_reply_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "reply_to", value, error)
    value = get("content", UNSET)
    if absent(value):
        self.content = value
    else:
        try:
            self.content = _decode_content(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content", value, error)
    value = get("flags", UNSET)
    if absent(value):
        self.flags = value
    else:
        try:
            self.flags = _decode_flags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "flags", value, error)
    value = get("triggerSettings", UNSET)
    if absent(value):
        self.trigger_settings = value
    else:
        try:
            self.trigger_settings = _decode_trigger_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "trigger_settings", value, error)
    value = get("statistics", UNSET)
    if absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
    value = get("createdOn", UNSET)
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("campaign", UNSET)
    if absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("sendSettings", UNSET)
    if absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderListItem._wire_fields}


setattr(AutoresponderListItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AutoresponderListItem._wire_names = {
    "autoresponder_id": "autoresponderId",
    "href": "href",
    "name": "name",
    "subject": "subject",
    "campaign_id": "campaignId",
    "status": "status",
    "from_field": "fromField",
    "reply_to": "replyTo",
    "content": "content",
    "flags": "flags",
    "trigger_settings": "triggerSettings",
    "statistics": "statistics",
    "created_on": "createdOn",
    "campaign": "campaign",
    "send_settings": "sendSettings",
}
AutoresponderListItem._wire_fields = frozenset(AutoresponderListItem._wire_names.values())
AutoresponderListItem._decoders = {
    "autoresponder_id": None,
    "href": None,
    "name": None,
    "subject": None,
    "campaign_id": None,
    "status": _decode_status,
    "from_field": _decode_from_field,
    "reply_to": _decode_reply_to,
    "content": _decode_content,
    "flags": _decode_flags,
    "trigger_settings": _decode_trigger_settings,
    "statistics": _decode_statistics,
    "created_on": _decode_created_on,
    "campaign": _decode_campaign,
    "send_settings": _decode_send_settings,
}
AutoresponderListItem._encoders = {
    "autoresponder_id": _encode_autoresponder_id,
    "href": _encode_href,
    "name": _encode_name,
    "subject": _encode_subject,
    "campaign_id": _encode_campaign_id,
    "status": _encode_status,
    "from_field": _encode_from_field,
    "reply_to": _encode_reply_to,
    "content": _encode_content,
    "flags": _encode_flags,
    "trigger_settings": _encode_trigger_settings,
    "statistics": _encode_statistics,
    "created_on": _encode_created_on,
    "campaign": _encode_campaign,
    "send_settings": _encode_send_settings,
}
AutoresponderListItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.autoresponder_send_settings_output import AutoresponderSendSettingsOutput  # noqa: E402
from ..models.autoresponder_statistics import AutoresponderStatistics  # noqa: E402
from ..models.autoresponder_trigger_settings import AutoresponderTriggerSettings  # noqa: E402
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
