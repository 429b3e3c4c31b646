from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.new_abtests_subject_flags_item import NewAbtestsSubjectFlagsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.list_reference import ListReference
    from ..models.message_content import MessageContent
    from ..models.new_abtests_subject_delivery_settings import NewAbtestsSubjectDeliverySettings
    from ..models.new_abtests_subject_send_settings import NewAbtestsSubjectSendSettings


T = TypeVar("T", bound="NewAbtestsSubject")


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
    ab_test_id: str | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    flags: list[NewAbtestsSubjectFlagsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        campaign = self.campaign.to_dict()

        from_field = self.from_field.to_dict()

        delivery_settings = self.delivery_settings.to_dict()

        variants = self.variants

        send_settings = self.send_settings.to_dict()

        content = self.content.to_dict()

        ab_test_id = self.ab_test_id

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = []
            for flags_item_data in self.flags:
                flags_item = flags_item_data.value
                flags.append(flags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "campaign": campaign,
                "fromField": from_field,
                "deliverySettings": delivery_settings,
                "variants": variants,
                "sendSettings": send_settings,
                "content": content,
            }
        )
        if ab_test_id is not UNSET:
            field_dict["abTestId"] = ab_test_id
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to
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


def _decode_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_campaign(d: Mapping[str, Any]) -> ListReference:
    from ..models.list_reference import ListReference  # noqa: PLC0415

    campaign = ListReference.from_dict(d["campaign"])

    return campaign


def _decode_from_field(d: Mapping[str, Any]) -> FromFieldReference:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    from_field = FromFieldReference.from_dict(d["fromField"])

    return from_field


def _decode_delivery_settings(d: Mapping[str, Any]) -> NewAbtestsSubjectDeliverySettings:
    from ..models.new_abtests_subject_delivery_settings import NewAbtestsSubjectDeliverySettings  # noqa: PLC0415

    delivery_settings = NewAbtestsSubjectDeliverySettings.from_dict(d["deliverySettings"])

    return delivery_settings


def _decode_variants(d: Mapping[str, Any]) -> list[str]:
    variants = cast(list[str], d["variants"])

    return variants


def _decode_send_settings(d: Mapping[str, Any]) -> NewAbtestsSubjectSendSettings:
    from ..models.new_abtests_subject_send_settings import NewAbtestsSubjectSendSettings  # noqa: PLC0415

    send_settings = NewAbtestsSubjectSendSettings.from_dict(d["sendSettings"])

    return send_settings


def _decode_content(d: Mapping[str, Any]) -> MessageContent:
    from ..models.message_content import MessageContent  # noqa: PLC0415

    content = MessageContent.from_dict(d["content"])

    return content


def _decode_ab_test_id(d: Mapping[str, Any]) -> str | Unset:
    ab_test_id: str | Unset = d.get("abTestId", UNSET)
    return ab_test_id


def _decode_reply_to(d: Mapping[str, Any]) -> FromFieldReference | Unset:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    _reply_to = d.get("replyTo", UNSET)
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_flags(d: Mapping[str, Any]) -> list[NewAbtestsSubjectFlagsItem] | Unset:
    _flags = d.get("flags", UNSET)
    flags: list[NewAbtestsSubjectFlagsItem] | Unset = UNSET
    if _flags is not UNSET:
        flags = []
        for flags_item_data in _flags:
            flags_item = NewAbtestsSubjectFlagsItem(flags_item_data)

            flags.append(flags_item)

    return flags


def _encode_name(self: NewAbtestsSubject) -> Any:
    name = self.name
    return name


def _encode_campaign(self: NewAbtestsSubject) -> Any:
    campaign = self.campaign.to_dict()
    return campaign


def _encode_from_field(self: NewAbtestsSubject) -> Any:
    from_field = self.from_field.to_dict()
    return from_field


def _encode_delivery_settings(self: NewAbtestsSubject) -> Any:
    delivery_settings = self.delivery_settings.to_dict()
    return delivery_settings


def _encode_variants(self: NewAbtestsSubject) -> Any:
    variants = self.variants

    return variants


def _encode_send_settings(self: NewAbtestsSubject) -> Any:
    send_settings = self.send_settings.to_dict()
    return send_settings


def _encode_content(self: NewAbtestsSubject) -> Any:
    content = self.content.to_dict()
    return content


def _encode_ab_test_id(self: NewAbtestsSubject) -> Any:
    ab_test_id = self.ab_test_id
    return ab_test_id


def _encode_reply_to(self: NewAbtestsSubject) -> Any:
    reply_to: dict[str, Any] | Unset = UNSET
    if not isinstance(self.reply_to, Unset):
        reply_to = self.reply_to.to_dict()
    return reply_to


def _encode_flags(self: NewAbtestsSubject) -> Any:
    flags: list[str] | Unset = UNSET
    if not isinstance(self.flags, Unset):
        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.value
            flags.append(flags_item)

    return flags


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewAbtestsSubject._wire_fields}


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
NewAbtestsSubject._decoders = {
    "name": _decode_name,
    "campaign": _decode_campaign,
    "from_field": _decode_from_field,
    "delivery_settings": _decode_delivery_settings,
    "variants": _decode_variants,
    "send_settings": _decode_send_settings,
    "content": _decode_content,
    "ab_test_id": _decode_ab_test_id,
    "reply_to": _decode_reply_to,
    "flags": _decode_flags,
    "additional_properties": _decode_additional_properties,
}
NewAbtestsSubject._encoders = {
    "name": _encode_name,
    "campaign": _encode_campaign,
    "from_field": _encode_from_field,
    "delivery_settings": _encode_delivery_settings,
    "variants": _encode_variants,
    "send_settings": _encode_send_settings,
    "content": _encode_content,
    "ab_test_id": _encode_ab_test_id,
    "reply_to": _encode_reply_to,
    "flags": _encode_flags,
}
