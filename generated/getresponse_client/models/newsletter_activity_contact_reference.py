from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterActivityContactReference")


@_attrs_define
class NewsletterActivityContactReference(WireModel):
    """
    Attributes:
        contact_id (str | Unset): Unique identifier of the contact. Example: pV3r.
        email (str | Unset): The contact email Example: contact@domain.com.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/contacts/pV3r.
    """

    contact_id: str | Unset = UNSET
    email: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        contact_id = self.contact_id

        email = self.email

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if email is not UNSET:
            field_dict["email"] = email
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


def _decode_contact_id(d: Mapping[str, Any]) -> str | Unset:
    contact_id: str | Unset = d.get("contactId", UNSET)
    return contact_id


def _decode_email(d: Mapping[str, Any]) -> str | Unset:
    email: str | Unset = d.get("email", UNSET)
    return email


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _encode_contact_id(self: NewsletterActivityContactReference) -> Any:
    contact_id = self.contact_id
    return contact_id


def _encode_email(self: NewsletterActivityContactReference) -> Any:
    email = self.email
    return email


def _encode_href(self: NewsletterActivityContactReference) -> Any:
    href = self.href
    return href


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterActivityContactReference._wire_fields}


NewsletterActivityContactReference._wire_names = {
    "contact_id": "contactId",
    "email": "email",
    "href": "href",
}
NewsletterActivityContactReference._wire_fields = frozenset(NewsletterActivityContactReference._wire_names.values())
NewsletterActivityContactReference._decoders = {
    "contact_id": _decode_contact_id,
    "email": _decode_email,
    "href": _decode_href,
    "additional_properties": _decode_additional_properties,
}
NewsletterActivityContactReference._encoders = {
    "contact_id": _encode_contact_id,
    "email": _encode_email,
    "href": _encode_href,
}
