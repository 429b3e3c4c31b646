from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ImportStatistics(WireModel):
    """
    Attributes:
        uploaded (int): The number of uploaded contacts Example: 25.
        invalid (int): The number of invalid contacts Example: 5.
        updated (int): The number of updated contacts Example: 10.
        added_to_list (int): The number of added contacts Example: 10.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    uploaded: int
    invalid: int
    updated: int
    added_to_list: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ImportStatistics,
    {
        "uploaded": WireField("uploaded", required=True, decode=wire_int),
        "invalid": WireField("invalid", required=True, decode=wire_int),
        "updated": WireField("updated", required=True, decode=wire_int),
        "added_to_list": WireField("addedToList", required=True, decode=wire_int),
    },
    additional_properties=True,
)
