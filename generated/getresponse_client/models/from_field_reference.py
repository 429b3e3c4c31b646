from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET, Unset


@_attrs_define
class FromFieldReference(WireModel):
    """
    Attributes:
        from_field_id (str): The 'From' address ID Example: V.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/from-fields/V.
    """

    from_field_id: str
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[FromFieldReference], src_dict: Mapping[str, Any]) -> FromFieldReference:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("fromFieldId", UNSET)
    if value is UNSET:
        not_in_response(self, "from_field_id")
    else:
        self.from_field_id = value
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FromFieldReference._wire_fields}


class FromFieldReferenceDict(TypedDict, total=False):
    """FromFieldReference as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fromFieldId: Required[str]


setattr(FromFieldReference, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FromFieldReference._wire_names = {
    "from_field_id": "fromFieldId",
    "href": "href",
}
FromFieldReference._wire_fields = frozenset(FromFieldReference._wire_names.values())
FromFieldReference._read_only = frozenset(["href"])
FromFieldReference._decoders = {
    "from_field_id": None,
    "href": None,
}
FromFieldReference._extra_decoder = _decode_additional_properties
