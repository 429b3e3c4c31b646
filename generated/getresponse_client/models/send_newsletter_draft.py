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
    not_in_response,
)

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails
    from .newsletter_send_settings_details import NewsletterSendSettingsDetailsDict


@_attrs_define
class SendNewsletterDraft(WireModel):
    """
    Attributes:
        message_id (str): The message identifier (equals to newsletterId) Example: N.
        send_settings (NewsletterSendSettingsDetails):
    """

    message_id: str
    send_settings: NewsletterSendSettingsDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_send_settings(json_value_: Any) -> NewsletterSendSettingsDetails:
    send_settings = NewsletterSendSettingsDetails.from_dict(json_value_)

    return send_settings


def _from_dict(cls: type[SendNewsletterDraft], src_dict: Mapping[str, Any]) -> SendNewsletterDraft:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("messageId", UNSET)
    if value is UNSET:
        not_in_response(self, "message_id")
    else:
        self.message_id = value
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendNewsletterDraft._wire_fields}


class SendNewsletterDraftDict(TypedDict, total=False):
    """SendNewsletterDraft as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    messageId: Required[str]
    sendSettings: Required[NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict]


setattr(SendNewsletterDraft, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SendNewsletterDraft._wire_names = {
    "message_id": "messageId",
    "send_settings": "sendSettings",
}
SendNewsletterDraft._wire_fields = frozenset(SendNewsletterDraft._wire_names.values())
SendNewsletterDraft._decoders = {
    "message_id": None,
    "send_settings": _decode_send_settings,
}
SendNewsletterDraft._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails  # noqa: E402
