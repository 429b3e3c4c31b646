from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.transactional_email_list_element_recipients import TransactionalEmailListElementRecipients
    from ..models.transactional_email_tag import TransactionalEmailTag


T = TypeVar("T", bound="TransactionalEmailListElement")


@_attrs_define
class TransactionalEmailListElement(WireModel):
    """
    Attributes:
        transactional_email_id (str):  Example: tRe4i.
        from_field (FromFieldReference):
        recipients (TransactionalEmailListElementRecipients):
        subject (str):  Example: Order Confirmation - Example Shop.
        tag (TransactionalEmailTag | Unset):
        href (str | Unset): Direct hyperlink to a resource Example: https://api3.getresponse360.com/v3/transactional-
            emails/tRe4i.
    """

    transactional_email_id: str
    from_field: FromFieldReference
    recipients: TransactionalEmailListElementRecipients
    subject: str
    tag: TransactionalEmailTag | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        transactional_email_id = self.transactional_email_id

        from_field = self.from_field.to_dict()

        recipients = self.recipients.to_dict()

        subject = self.subject

        tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.to_dict()

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionalEmailId": transactional_email_id,
                "fromField": from_field,
                "recipients": recipients,
                "subject": subject,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if href is not UNSET:
            field_dict["href"] = href

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


def _decode_transactional_email_id(d: Mapping[str, Any]) -> str:
    transactional_email_id: str = d["transactionalEmailId"]
    return transactional_email_id


def _decode_from_field(d: Mapping[str, Any]) -> FromFieldReference:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    from_field = FromFieldReference.from_dict(d["fromField"])

    return from_field


def _decode_recipients(d: Mapping[str, Any]) -> TransactionalEmailListElementRecipients:
    from ..models.transactional_email_list_element_recipients import TransactionalEmailListElementRecipients  # noqa: PLC0415

    recipients = TransactionalEmailListElementRecipients.from_dict(d["recipients"])

    return recipients


def _decode_subject(d: Mapping[str, Any]) -> str:
    subject: str = d["subject"]
    return subject


def _decode_tag(d: Mapping[str, Any]) -> TransactionalEmailTag | Unset:
    from ..models.transactional_email_tag import TransactionalEmailTag  # noqa: PLC0415

    _tag = d.get("tag", UNSET)
    tag: TransactionalEmailTag | Unset
    if isinstance(_tag, Unset):
        tag = UNSET
    else:
        tag = TransactionalEmailTag.from_dict(_tag)

    return tag


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _encode_transactional_email_id(self: TransactionalEmailListElement) -> Any:
    transactional_email_id = self.transactional_email_id
    return transactional_email_id


def _encode_from_field(self: TransactionalEmailListElement) -> Any:
    from_field = self.from_field.to_dict()
    return from_field


def _encode_recipients(self: TransactionalEmailListElement) -> Any:
    recipients = self.recipients.to_dict()
    return recipients


def _encode_subject(self: TransactionalEmailListElement) -> Any:
    subject = self.subject
    return subject


def _encode_tag(self: TransactionalEmailListElement) -> Any:
    tag: dict[str, Any] | Unset = UNSET
    if not isinstance(self.tag, Unset):
        tag = self.tag.to_dict()
    return tag


def _encode_href(self: TransactionalEmailListElement) -> Any:
    href = self.href
    return href


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailListElement._wire_fields}


TransactionalEmailListElement._wire_names = {
    "transactional_email_id": "transactionalEmailId",
    "from_field": "fromField",
    "recipients": "recipients",
    "subject": "subject",
    "tag": "tag",
    "href": "href",
}
TransactionalEmailListElement._wire_fields = frozenset(TransactionalEmailListElement._wire_names.values())
TransactionalEmailListElement._decoders = {
    "transactional_email_id": _decode_transactional_email_id,
    "from_field": _decode_from_field,
    "recipients": _decode_recipients,
    "subject": _decode_subject,
    "tag": _decode_tag,
    "href": _decode_href,
    "additional_properties": _decode_additional_properties,
}
TransactionalEmailListElement._encoders = {
    "transactional_email_id": _encode_transactional_email_id,
    "from_field": _encode_from_field,
    "recipients": _encode_recipients,
    "subject": _encode_subject,
    "tag": _encode_tag,
    "href": _encode_href,
}
