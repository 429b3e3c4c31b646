from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterActivityContactReference._wire_fields}


NewsletterActivityContactReference._extra_decoder = _decode_additional_properties

bind_fields(
    NewsletterActivityContactReference,
    {
        "contact_id": WireField("contactId"),
        "email": WireField("email"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
