from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

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


def _encode_contact_id(self: NewsletterActivityContactReference) -> Any:
    contact_id = self.contact_id
    return contact_id


def _encode_email(self: NewsletterActivityContactReference) -> Any:
    email = self.email
    return email


def _encode_href(self: NewsletterActivityContactReference) -> Any:
    href = self.href
    return href


def _from_dict(
    cls: type[NewsletterActivityContactReference], src_dict: Mapping[str, Any]
) -> NewsletterActivityContactReference:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.contact_id = get("contactId", UNSET)
    self.email = get("email", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterActivityContactReference._wire_fields}


setattr(
    NewsletterActivityContactReference, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
NewsletterActivityContactReference._wire_names = {
    "contact_id": "contactId",
    "email": "email",
    "href": "href",
}
NewsletterActivityContactReference._wire_fields = frozenset(NewsletterActivityContactReference._wire_names.values())
NewsletterActivityContactReference._decoders = {
    "contact_id": None,
    "email": None,
    "href": None,
}
NewsletterActivityContactReference._encoders = {
    "contact_id": _encode_contact_id,
    "email": _encode_email,
    "href": _encode_href,
}
NewsletterActivityContactReference._extra_decoder = _decode_additional_properties
