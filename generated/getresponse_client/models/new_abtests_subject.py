from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

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

from ..models.new_abtests_subject_flags_item import NewAbtestsSubjectFlagsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.list_reference import ListReference
    from ..models.message_content import MessageContent
    from ..models.new_abtests_subject_delivery_settings import NewAbtestsSubjectDeliverySettings
    from ..models.new_abtests_subject_send_settings import NewAbtestsSubjectSendSettings
    from .from_field_reference import FromFieldReferenceDict
    from .list_reference import ListReferenceDict
    from .message_content import MessageContentDict
    from .new_abtests_subject_delivery_settings import NewAbtestsSubjectDeliverySettingsDict
    from .new_abtests_subject_send_settings import NewAbtestsSubjectSendSettingsDict


@_attrs_define
class NewAbtestsSubject(WireModel):
    """
    Attributes:
        name (str): A/B test name Example: A/B test.
        campaign (ListReference): A reference to a list (campaign in the API).
        from_field (FromFieldReference):
        delivery_settings (NewAbtestsSubjectDeliverySettings): The A/B test delivery settings
        variants (list[str]): Message variants.
        send_settings (NewAbtestsSubjectSendSettings): The send settings for the A/B test
        content (MessageContent): The message content.
        ab_test_id (str | Unset): A/B test ID Example: A3r.
        reply_to (FromFieldReference | Unset):
        flags (list[NewAbtestsSubjectFlagsItem] | Unset):
    """

    name: str
    campaign: ListReference
    from_field: FromFieldReference
    delivery_settings: NewAbtestsSubjectDeliverySettings
    variants: list[str]
    send_settings: NewAbtestsSubjectSendSettings
    content: MessageContent
    ab_test_id: str | Unset = _attrs_field(init=False, default=UNSET)
    reply_to: FromFieldReference | Unset = UNSET
    flags: list[NewAbtestsSubjectFlagsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign(json_value_: Any) -> ListReference:
    campaign = ListReference.from_dict(json_value_)

    return campaign


def _decode_from_field(json_value_: Any) -> FromFieldReference:
    from_field = FromFieldReference.from_dict(json_value_)

    return from_field


def _decode_delivery_settings(json_value_: Any) -> NewAbtestsSubjectDeliverySettings:
    delivery_settings = NewAbtestsSubjectDeliverySettings.from_dict(json_value_)

    return delivery_settings


def _decode_variants(json_value_: Any) -> list[str]:
    variants = cast(list[str], json_value_)

    return variants


def _decode_send_settings(json_value_: Any) -> NewAbtestsSubjectSendSettings:
    send_settings = NewAbtestsSubjectSendSettings.from_dict(json_value_)

    return send_settings


def _decode_content(json_value_: Any) -> MessageContent:
    content = MessageContent.from_dict(json_value_)

    return content


def _decode_reply_to(json_value_: Any) -> FromFieldReference | Unset:
    _reply_to = json_value_
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_flags(json_value_: Any) -> list[NewAbtestsSubjectFlagsItem] | Unset:
    _flags = json_value_
    flags: list[NewAbtestsSubjectFlagsItem] | Unset = UNSET
    if _flags is not UNSET:
        flags = []
        for flags_item_data in _flags:
            flags_item = NewAbtestsSubjectFlagsItem(flags_item_data)

            flags.append(flags_item)

    return flags


def _from_dict(cls: type[NewAbtestsSubject], src_dict: Mapping[str, Any]) -> NewAbtestsSubject:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
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
    value = get("deliverySettings", UNSET)
    if value is UNSET:
        not_in_response(self, "delivery_settings")
    elif type(value) is dict:
        self.delivery_settings = NewAbtestsSubjectDeliverySettings.from_dict(value)
    elif absent(value):
        self.delivery_settings = value
    else:
        try:
            self.delivery_settings = _decode_delivery_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "delivery_settings", value, error)
    value = get("variants", UNSET)
    if value is UNSET:
        not_in_response(self, "variants")
    elif absent(value):
        self.variants = value
    else:
        try:
            self.variants = _decode_variants(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "variants", value, error)
    value = get("sendSettings", UNSET)
    if value is UNSET:
        not_in_response(self, "send_settings")
    elif type(value) is dict:
        self.send_settings = NewAbtestsSubjectSendSettings.from_dict(value)
    elif absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
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
    self.ab_test_id = get("abTestId", UNSET)
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
    value = get("flags", UNSET)
    if absent(value):
        self.flags = value
    else:
        try:
            self.flags = _decode_flags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "flags", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewAbtestsSubject._wire_fields}


class NewAbtestsSubjectDict(TypedDict, total=False):
    """NewAbtestsSubject as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    campaign: Required[ListReference | ListReferenceDict]
    fromField: Required[FromFieldReference | FromFieldReferenceDict]
    deliverySettings: Required[NewAbtestsSubjectDeliverySettings | NewAbtestsSubjectDeliverySettingsDict]
    variants: Required[list[str]]
    sendSettings: Required[NewAbtestsSubjectSendSettings | NewAbtestsSubjectSendSettingsDict]
    content: Required[MessageContent | MessageContentDict]
    replyTo: FromFieldReference | FromFieldReferenceDict
    flags: list[NewAbtestsSubjectFlagsItem | str]


setattr(NewAbtestsSubject, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewAbtestsSubject._wire_names = {
    "name": "name",
    "campaign": "campaign",
    "from_field": "fromField",
    "delivery_settings": "deliverySettings",
    "variants": "variants",
    "send_settings": "sendSettings",
    "content": "content",
    "ab_test_id": "abTestId",
    "reply_to": "replyTo",
    "flags": "flags",
}
NewAbtestsSubject._wire_fields = frozenset(NewAbtestsSubject._wire_names.values())
NewAbtestsSubject._read_only = frozenset(["ab_test_id"])
NewAbtestsSubject._decoders = {
    "name": None,
    "campaign": _decode_campaign,
    "from_field": _decode_from_field,
    "delivery_settings": _decode_delivery_settings,
    "variants": _decode_variants,
    "send_settings": _decode_send_settings,
    "content": _decode_content,
    "ab_test_id": None,
    "reply_to": _decode_reply_to,
    "flags": _decode_flags,
}
NewAbtestsSubject._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.new_abtests_subject_delivery_settings import NewAbtestsSubjectDeliverySettings  # noqa: E402
from ..models.new_abtests_subject_send_settings import NewAbtestsSubjectSendSettings  # noqa: E402
