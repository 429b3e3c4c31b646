from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class FromFieldReference(WireModel):
    """
    Attributes:
        from_field_id (str): The 'From' address ID Example: V.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/from-fields/V.
    """

    from_field_id: str
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FromFieldReference._wire_fields}


class FromFieldReferenceDict(TypedDict, total=False):
    """FromFieldReference as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fromFieldId: Required[str]


FromFieldReference._read_only = frozenset(["href"])
FromFieldReference._extra_decoder = _decode_additional_properties

bind_fields(
    FromFieldReference,
    {
        "from_field_id": WireField("fromFieldId", required=True),
        "href": WireField("href"),
    },
    additional_properties=True,
)
