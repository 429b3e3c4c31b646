from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class Tag(WireModel):
    """
    Attributes:
        tag_id (str): The tag ID Example: vBd5.
        name (str | Unset): The tag name Example: My_Tag.
        color (str | Unset): The tag color (deprecated)
        href (str | Unset): The direct hyperlink to a resource Example: https://api.getresponse.com/v3/tags/vBd5.
        created_at (datetime.datetime | Unset):  Example: 2020-11-20T08:00:00+0000.
    """

    tag_id: str
    name: str | Unset = UNSET
    color: str | Unset = UNSET
    href: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Tag._wire_fields}


Tag._extra_decoder = _decode_additional_properties

bind_fields(
    Tag,
    {
        "tag_id": WireField("tagId", required=True),
        "name": WireField("name"),
        "color": WireField("color"),
        "href": WireField("href"),
        "created_at": WireField("createdAt", decode=parse_datetime),
    },
    additional_properties=True,
)
