from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

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

from ..models.sms_list_item_recipients_type import SmsListItemRecipientsType
from ..models.sms_list_item_type import SmsListItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.sms_list_item_send_metrics import SmsListItemSendMetrics
    from ..models.sms_list_item_send_on_type_0 import SmsListItemSendOnType0
    from ..models.sms_list_item_statistics import SmsListItemStatistics


@_attrs_define
class SmsListItem(WireModel):
    """
    Attributes:
        sms_id (str): The SMS message ID Example: N.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/sms/N.
        name (str | Unset): The SMS message name Example: New message.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        modified_on (datetime.datetime | Unset): The date the SMS message was last modified on, shown in ISO 8601 date
            and time format.
        type_ (SmsListItemType | Unset): The SMS message type
        send_on (None | SmsListItemSendOnType0 | Unset): SMS message send date details
        recipients_type (SmsListItemRecipientsType | Unset): Type of SMS message recipients Example: contacts.
        sender_name (str | Unset): The SMS message sender name
        content (str | Unset): The SMS message content Example: This is my SMS content.
        send_metrics (SmsListItemSendMetrics | Unset): Information about sending process
        statistics (SmsListItemStatistics | Unset): Message statistics
    """

    sms_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    type_: SmsListItemType | Unset = UNSET
    send_on: None | SmsListItemSendOnType0 | Unset = UNSET
    recipients_type: SmsListItemRecipientsType | Unset = UNSET
    sender_name: str | Unset = UNSET
    content: str | Unset = UNSET
    send_metrics: SmsListItemSendMetrics | Unset = UNSET
    statistics: SmsListItemStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_modified_on(json_value_: Any) -> datetime.datetime | Unset:
    _modified_on = json_value_
    modified_on: datetime.datetime | Unset
    if isinstance(_modified_on, Unset):
        modified_on = UNSET
    else:
        modified_on = datetime.datetime.fromisoformat(_modified_on)

    return modified_on


def _decode_type_(json_value_: Any) -> SmsListItemType | Unset:
    _type_ = json_value_
    type_: SmsListItemType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = SmsListItemType(_type_)

    return type_


def _decode_send_on(json_value_: Any) -> None | SmsListItemSendOnType0 | Unset:
    def _parse_send_on(data: object) -> None | SmsListItemSendOnType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            send_on_type_0 = SmsListItemSendOnType0.from_dict(data)

            return send_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | SmsListItemSendOnType0 | Unset, data)

    send_on = _parse_send_on(json_value_)

    return send_on


def _decode_recipients_type(json_value_: Any) -> SmsListItemRecipientsType | Unset:
    _recipients_type = json_value_
    recipients_type: SmsListItemRecipientsType | Unset
    if isinstance(_recipients_type, Unset):
        recipients_type = UNSET
    else:
        recipients_type = SmsListItemRecipientsType(_recipients_type)

    return recipients_type


def _decode_send_metrics(json_value_: Any) -> SmsListItemSendMetrics | Unset:
    _send_metrics = json_value_
    send_metrics: SmsListItemSendMetrics | Unset
    if isinstance(_send_metrics, Unset):
        send_metrics = UNSET
    else:
        send_metrics = SmsListItemSendMetrics.from_dict(_send_metrics)

    return send_metrics


def _decode_statistics(json_value_: Any) -> SmsListItemStatistics | Unset:
    _statistics = json_value_
    statistics: SmsListItemStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = SmsListItemStatistics.from_dict(_statistics)

    return statistics


def _from_dict(cls: type[SmsListItem], src_dict: Mapping[str, Any]) -> SmsListItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("smsId", UNSET)
    if value is UNSET:
        not_in_response(self, "sms_id")
    else:
        self.sms_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
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
    value = get("modifiedOn", UNSET)
    if type(value) is str:
        try:
            self.modified_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "modified_on", value, error)
    elif absent(value):
        self.modified_on = value
    else:
        try:
            self.modified_on = _decode_modified_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "modified_on", value, error)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = SmsListItemType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("sendOn", UNSET)
    if absent(value):
        self.send_on = value
    else:
        try:
            self.send_on = _decode_send_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    value = get("recipientsType", UNSET)
    if type(value) is str:
        try:
            self.recipients_type = _members_recipients_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.recipients_type = SmsListItemRecipientsType(value)
    elif absent(value):
        self.recipients_type = value
    else:
        try:
            self.recipients_type = _decode_recipients_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "recipients_type", value, error)
    self.sender_name = get("senderName", UNSET)
    self.content = get("content", UNSET)
    value = get("sendMetrics", UNSET)
    if type(value) is dict:
        self.send_metrics = SmsListItemSendMetrics.from_dict(value)
    elif absent(value):
        self.send_metrics = value
    else:
        try:
            self.send_metrics = _decode_send_metrics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_metrics", value, error)
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = SmsListItemStatistics.from_dict(value)
    elif absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsListItem._wire_fields}


setattr(SmsListItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsListItem._wire_names = {
    "sms_id": "smsId",
    "href": "href",
    "name": "name",
    "campaign": "campaign",
    "modified_on": "modifiedOn",
    "type_": "type",
    "send_on": "sendOn",
    "recipients_type": "recipientsType",
    "sender_name": "senderName",
    "content": "content",
    "send_metrics": "sendMetrics",
    "statistics": "statistics",
}
SmsListItem._wire_fields = frozenset(SmsListItem._wire_names.values())
SmsListItem._decoders = {
    "sms_id": None,
    "href": None,
    "name": None,
    "campaign": _decode_campaign,
    "modified_on": _decode_modified_on,
    "type_": _decode_type_,
    "send_on": _decode_send_on,
    "recipients_type": _decode_recipients_type,
    "sender_name": None,
    "content": None,
    "send_metrics": _decode_send_metrics,
    "statistics": _decode_statistics,
}
SmsListItem._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(SmsListItemType)
_members_recipients_type = enum_members(SmsListItemRecipientsType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.sms_list_item_send_metrics import SmsListItemSendMetrics  # noqa: E402
from ..models.sms_list_item_send_on_type_0 import SmsListItemSendOnType0  # noqa: E402
from ..models.sms_list_item_statistics import SmsListItemStatistics  # noqa: E402
