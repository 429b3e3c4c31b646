from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TagDetails(WireModel):
    """
    Attributes:
        tag_id (str): The tag ID.
        name (str | Unset): The tag name Example: My_Tag.
        color (str | Unset): The tag color (deprecated)
        created_at (datetime.datetime | Unset):  Example: 2024-07-20T06:24:14+0000.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    tag_id: str
    name: str | Unset = UNSET
    color: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    TagDetails,
    {
        "tag_id": WireField("tagId", required=True),
        "name": WireField("name"),
        "color": WireField("color"),
        "created_at": WireField("createdAt", decode=parse_datetime),
    },
    additional_properties=True,
)
