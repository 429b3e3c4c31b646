from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewsletterActivityContactReference(WireModel):
    """
    Attributes:
        contact_id (str | Unset): Unique identifier of the contact. Example: pV3r.
        email (str | Unset): The contact email Example: contact@domain.com.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/contacts/pV3r.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    contact_id: str | Unset = UNSET
    email: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    NewsletterActivityContactReference,
    {
        "contact_id": WireField("contactId"),
        "email": WireField("email"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
