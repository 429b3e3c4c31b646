from __future__ import annotations

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SendNewsletterDraft(WireModel):
    """
    Attributes:
        message_id (str): The message identifier (equals to newsletterId) Example: N.
        send_settings (NewsletterSendSettingsDetails):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    message_id: str
    send_settings: NewsletterSendSettingsDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class SendNewsletterDraftDict(TypedDict, total=False):
    """SendNewsletterDraft as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    messageId: Required[str]
    sendSettings: Required[NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict]


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
