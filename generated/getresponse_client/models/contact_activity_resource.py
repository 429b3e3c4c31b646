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

from ..models.contact_activity_resource_resource_type import ContactActivityResourceResourceType
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ContactActivityResource(WireModel):
    """
    Attributes:
        resource_id (None | str | Unset):  Example: oY2n.
        resource_type (ContactActivityResourceResourceType | Unset):  Example: newsletters.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/newsletters/oY2n.
    """

    resource_id: None | str | Unset = UNSET
    resource_type: ContactActivityResourceResourceType | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactActivityResource._wire_fields}


ContactActivityResource._extra_decoder = _decode_additional_properties

bind_fields(
    ContactActivityResource,
    {
        "resource_id": WireField("resourceId"),
        "resource_type": WireField("resourceType", enum=ContactActivityResourceResourceType),
        "href": WireField("href"),
    },
    additional_properties=True,
)
