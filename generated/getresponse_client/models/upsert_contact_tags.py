from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.new_contact_tag import NewContactTag
    from .new_contact_tag import NewContactTagDict


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class UpsertContactTags(WireModel):
    """
    Attributes:
        tags (list[NewContactTag]):
    """

    tags: list[NewContactTag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_tags(json_value_: Any) -> list[NewContactTag]:
    tags = []
    _tags = json_value_
    for tags_item_data in _tags:
        tags_item = NewContactTag.from_dict(tags_item_data)

        tags.append(tags_item)

    return tags


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertContactTags._wire_fields}


class UpsertContactTagsDict(TypedDict, total=False):
    """UpsertContactTags as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    tags: Required[list[NewContactTag | NewContactTagDict]]


UpsertContactTags._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_contact_tag import NewContactTag  # noqa: E402

bind_fields(
    UpsertContactTags,
    {
        "tags": WireField("tags", required=True, decode=_decode_tags, keep=True),
    },
    additional_properties=True,
)
