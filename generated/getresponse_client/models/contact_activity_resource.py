from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.contact_activity_resource_resource_type import ContactActivityResourceResourceType
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ContactActivityResource(WireModel):
    """
    Attributes:
        resource_id (None | str | Unset):  Example: oY2n.
        resource_type (ContactActivityResourceResourceType | Unset):  Example: newsletters.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/newsletters/oY2n.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    resource_id: None | str | Unset = UNSET
    resource_type: ContactActivityResourceResourceType | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ContactActivityResource,
    {
        "resource_id": WireField("resourceId"),
        "resource_type": WireField("resourceType", enum=ContactActivityResourceResourceType),
        "href": WireField("href"),
    },
    additional_properties=True,
)
