from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails
    from .newsletter_send_settings_details import NewsletterSendSettingsDetailsDict


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SendNewsletterDraft(WireModel):
    """
    Attributes:
        message_id (str): The message identifier (equals to newsletterId) Example: N.
        send_settings (NewsletterSendSettingsDetails):
    """

    message_id: str
    send_settings: NewsletterSendSettingsDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendNewsletterDraft._wire_fields}


class SendNewsletterDraftDict(TypedDict, total=False):
    """SendNewsletterDraft as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    messageId: Required[str]
    sendSettings: Required[NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict]


SendNewsletterDraft._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails  # noqa: E402

bind_fields(
    SendNewsletterDraft,
    {
        "message_id": WireField("messageId", required=True),
        "send_settings": WireField(
            "sendSettings", required=True, decode=NewsletterSendSettingsDetails.from_dict, keep=True
        ),
    },
    additional_properties=True,
)
