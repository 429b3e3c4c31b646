from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autoresponder_send_settings_input import AutoresponderSendSettingsInput
    from ..models.autoresponder_statistics import AutoresponderStatistics
    from ..models.autoresponder_trigger_settings import AutoresponderTriggerSettings
    from ..models.from_field_reference import FromFieldReference
    from ..models.message_content import MessageContent
    from .autoresponder_send_settings_input import AutoresponderSendSettingsInputDict
    from .autoresponder_trigger_settings import AutoresponderTriggerSettingsDict
    from .from_field_reference import FromFieldReferenceDict
    from .message_content import MessageContentDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpdateAutoresponder(WireModel):
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
        send_settings (AutoresponderSendSettingsInput | Unset): How the message will be delivered to the subscriber
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    autoresponder_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    status: StatusEnum | Unset = UNSET
    from_field: FromFieldReference | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    content: MessageContent | Unset = UNSET
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    trigger_settings: AutoresponderTriggerSettings | Unset = UNSET
    statistics: AutoresponderStatistics | Unset = _attrs_field(init=False, default=UNSET)
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    send_settings: AutoresponderSendSettingsInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


class UpdateAutoresponderDict(TypedDict, total=False):
    """UpdateAutoresponder as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    subject: str
    campaignId: str
    status: StatusEnum | str
    fromField: FromFieldReference | FromFieldReferenceDict
    replyTo: FromFieldReference | FromFieldReferenceDict
    content: MessageContent | MessageContentDict
    flags: list[MessageFlagsArrayItem | str]
    triggerSettings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict
    sendSettings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict


UpdateAutoresponder._read_only = frozenset(["autoresponder_id", "created_on", "href", "statistics"])

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.autoresponder_send_settings_input import AutoresponderSendSettingsInput  # noqa: E402
from ..models.autoresponder_statistics import AutoresponderStatistics  # noqa: E402
from ..models.autoresponder_trigger_settings import AutoresponderTriggerSettings  # noqa: E402
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402

bind_fields(
    UpdateAutoresponder,
    {
        "autoresponder_id": WireField("autoresponderId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "subject": WireField("subject"),
        "campaign_id": WireField("campaignId"),
        "status": WireField("status", enum=StatusEnum),
        "from_field": WireField("fromField", decode=FromFieldReference.from_dict, keep=True),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "content": WireField("content", decode=MessageContent.from_dict, keep=True),
        "flags": WireField("flags", decode=_decode_flags, keep=True),
        "trigger_settings": WireField("triggerSettings", decode=AutoresponderTriggerSettings.from_dict, keep=True),
        "statistics": WireField("statistics", decode=AutoresponderStatistics.from_dict, keep=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "send_settings": WireField("sendSettings", decode=AutoresponderSendSettingsInput.from_dict, keep=True),
    },
    additional_properties=True,
)
