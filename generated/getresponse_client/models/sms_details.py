from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.sms_list_item_recipients_type import SmsListItemRecipientsType
from ..models.sms_list_item_type import SmsListItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.sms_details_click_tracks_item import SmsDetailsClickTracksItem
    from ..models.sms_details_send_settings_type_0 import SmsDetailsSendSettingsType0
    from ..models.sms_list_item_send_metrics import SmsListItemSendMetrics
    from ..models.sms_list_item_send_on_type_0 import SmsListItemSendOnType0
    from ..models.sms_list_item_statistics import SmsListItemStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SmsDetails(WireModel):
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
        send_settings (None | SmsDetailsSendSettingsType0 | Unset): How the message will be delivered to the subscriber
        click_tracks (list[SmsDetailsClickTracksItem] | Unset): Details of links attached to SMS message.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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
    send_settings: None | SmsDetailsSendSettingsType0 | Unset = UNSET
    click_tracks: list[SmsDetailsClickTracksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


def _decode_send_settings(json_value_: Any) -> None | SmsDetailsSendSettingsType0 | Unset:
    def _parse_send_settings(data: object) -> None | SmsDetailsSendSettingsType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            send_settings_type_0 = SmsDetailsSendSettingsType0.from_dict(data)

            return send_settings_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | SmsDetailsSendSettingsType0 | Unset, data)

    send_settings = _parse_send_settings(json_value_)

    return send_settings


def _decode_click_tracks(json_value_: Any) -> list[SmsDetailsClickTracksItem] | Unset:
    _click_tracks = json_value_
    click_tracks: list[SmsDetailsClickTracksItem] | Unset = UNSET
    if _click_tracks is not UNSET:
        click_tracks = []
        for click_tracks_item_data in _click_tracks:
            click_tracks_item = SmsDetailsClickTracksItem.from_dict(click_tracks_item_data)

            click_tracks.append(click_tracks_item)

    return click_tracks


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.sms_details_click_tracks_item import SmsDetailsClickTracksItem  # noqa: E402
from ..models.sms_details_send_settings_type_0 import SmsDetailsSendSettingsType0  # noqa: E402
from ..models.sms_list_item_send_metrics import SmsListItemSendMetrics  # noqa: E402
from ..models.sms_list_item_send_on_type_0 import SmsListItemSendOnType0  # noqa: E402
from ..models.sms_list_item_statistics import SmsListItemStatistics  # noqa: E402

bind_fields(
    SmsDetails,
    {
        "sms_id": WireField("smsId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "modified_on": WireField("modifiedOn", decode=parse_datetime),
        "type_": WireField("type", enum=SmsListItemType),
        "send_on": WireField("sendOn", decode=_decode_send_on, keep=True),
        "recipients_type": WireField("recipientsType", enum=SmsListItemRecipientsType),
        "sender_name": WireField("senderName"),
        "content": WireField("content"),
        "send_metrics": WireField("sendMetrics", decode=SmsListItemSendMetrics.from_dict, keep=True),
        "statistics": WireField("statistics", decode=SmsListItemStatistics.from_dict, keep=True),
        "send_settings": WireField("sendSettings", decode=_decode_send_settings, keep=True),
        "click_tracks": WireField("clickTracks", decode=_decode_click_tracks, keep=True),
    },
    additional_properties=True,
)
