from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


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
NewsletterActivityContactReference._extra_decoder = _decode_additional_properties
