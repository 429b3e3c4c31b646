from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET


@_attrs_define
class CreateBatchContactsBodyContactsItemTags(WireModel):
    """
    Attributes:
        ids (list[str]): List of tag IDs.
    """

    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_ids(json_value_: Any) -> list[str]:
    ids = cast(list[str], json_value_)

    return ids


def _from_dict(
    cls: type[CreateBatchContactsBodyContactsItemTags], src_dict: Mapping[str, Any]
) -> CreateBatchContactsBodyContactsItemTags:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("ids", UNSET)
    if value is UNSET:
        not_in_response(self, "ids")
    elif absent(value):
        self.ids = value
    else:
        try:
            self.ids = _decode_ids(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "ids", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateBatchContactsBodyContactsItemTags._wire_fields}


class CreateBatchContactsBodyContactsItemTagsDict(TypedDict, total=False):
    """CreateBatchContactsBodyContactsItemTags as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    ids: Required[list[str]]


setattr(
    CreateBatchContactsBodyContactsItemTags, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
CreateBatchContactsBodyContactsItemTags._wire_names = {
    "ids": "ids",
}
CreateBatchContactsBodyContactsItemTags._wire_fields = frozenset(
    CreateBatchContactsBodyContactsItemTags._wire_names.values()
)
CreateBatchContactsBodyContactsItemTags._decoders = {
    "ids": _decode_ids,
}
CreateBatchContactsBodyContactsItemTags._extra_decoder = _decode_additional_properties
