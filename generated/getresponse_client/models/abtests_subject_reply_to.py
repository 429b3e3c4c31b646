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
class AbtestsSubjectReplyTo(WireModel):
    """Newsletter's reply-to address

    Attributes:
        from_field_id (str | Unset): The 'From' address ID Example: V.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/from-fields/V.
    """

    from_field_id: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectReplyTo._wire_fields}


AbtestsSubjectReplyTo._extra_decoder = _decode_additional_properties

bind_fields(
    AbtestsSubjectReplyTo,
    {
        "from_field_id": WireField("fromFieldId"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
