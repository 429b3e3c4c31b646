from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_contact_tag import NewContactTag


@_attrs_define
class NewContactTags(WireModel):
    """
    Attributes:
        tags (list[NewContactTag] | Unset):
    """

    tags: list[NewContactTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_tags(json_value_: Any) -> list[NewContactTag] | Unset:
    _tags = json_value_
    tags: list[NewContactTag] | Unset = UNSET
    if _tags is not UNSET:
        tags = []
        for tags_item_data in _tags:
            tags_item = NewContactTag.from_dict(tags_item_data)

            tags.append(tags_item)

    return tags


def _from_dict(cls: type[NewContactTags], src_dict: Mapping[str, Any]) -> NewContactTags:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("tags", UNSET)
    if absent(value):
        self.tags = value
    else:
        try:
            self.tags = _decode_tags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "tags", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewContactTags._wire_fields}


setattr(NewContactTags, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewContactTags._wire_names = {
    "tags": "tags",
}
NewContactTags._wire_fields = frozenset(NewContactTags._wire_names.values())
NewContactTags._decoders = {
    "tags": _decode_tags,
}
NewContactTags._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_contact_tag import NewContactTag  # noqa: E402
