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
class AbtestsSubjectReplyTo(WireModel):
    """Newsletter's reply-to address

    Attributes:
        from_field_id (str | Unset): The 'From' address ID Example: V.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/from-fields/V.
    """

    from_field_id: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[AbtestsSubjectReplyTo], src_dict: Mapping[str, Any]) -> AbtestsSubjectReplyTo:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.from_field_id = get("fromFieldId", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectReplyTo._wire_fields}


setattr(AbtestsSubjectReplyTo, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AbtestsSubjectReplyTo._wire_names = {
    "from_field_id": "fromFieldId",
    "href": "href",
}
AbtestsSubjectReplyTo._wire_fields = frozenset(AbtestsSubjectReplyTo._wire_names.values())
AbtestsSubjectReplyTo._decoders = {
    "from_field_id": None,
    "href": None,
}
AbtestsSubjectReplyTo._extra_decoder = _decode_additional_properties
