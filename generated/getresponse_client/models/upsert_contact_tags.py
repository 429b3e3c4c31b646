from __future__ import annotations

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpsertContactTags(WireModel):
    """
    Attributes:
        tags (list[NewContactTag]):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    tags: list[NewContactTag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_tags(json_value_: Any) -> list[NewContactTag]:
    tags = []
    _tags = json_value_
    for tags_item_data in _tags:
        tags_item = NewContactTag.from_dict(tags_item_data)

        tags.append(tags_item)

    return tags


class UpsertContactTagsDict(TypedDict, total=False):
    """UpsertContactTags as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    tags: Required[list[NewContactTag | NewContactTagDict]]


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
