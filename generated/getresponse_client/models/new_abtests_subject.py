from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


def _decode_variants(json_value_: Any) -> list[str]:
    variants = cast(list[str], json_value_)

    return variants


def _decode_flags(json_value_: Any) -> list[NewAbtestsSubjectFlagsItem] | Unset:
    _flags = json_value_
    flags: list[NewAbtestsSubjectFlagsItem] | Unset = UNSET
    if _flags is not UNSET:
        flags = []
        for flags_item_data in _flags:
            flags_item = NewAbtestsSubjectFlagsItem(flags_item_data)

            flags.append(flags_item)

    return flags


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


NewAbtestsSubject._read_only = frozenset(["ab_test_id"])

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.new_abtests_subject_delivery_settings import NewAbtestsSubjectDeliverySettings  # noqa: E402
from ..models.new_abtests_subject_send_settings import NewAbtestsSubjectSendSettings  # noqa: E402

bind_fields(
    NewAbtestsSubject,
    {
        "name": WireField("name", required=True),
        "campaign": WireField("campaign", required=True, decode=ListReference.from_dict, keep=True),
        "from_field": WireField("fromField", required=True, decode=FromFieldReference.from_dict, keep=True),
        "delivery_settings": WireField(
            "deliverySettings", required=True, decode=NewAbtestsSubjectDeliverySettings.from_dict, keep=True
        ),
        "variants": WireField("variants", required=True, decode=_decode_variants, keep=True),
        "send_settings": WireField(
            "sendSettings", required=True, decode=NewAbtestsSubjectSendSettings.from_dict, keep=True
        ),
        "content": WireField("content", required=True, decode=MessageContent.from_dict, keep=True),
        "ab_test_id": WireField("abTestId"),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "flags": WireField("flags", decode=_decode_flags, keep=True),
    },
    additional_properties=True,
)
