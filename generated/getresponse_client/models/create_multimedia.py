from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from .. import types
from ..types import UNSET, File, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CreateMultimedia(WireModel):
    """
    Attributes:
        file (File | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    file: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files


def _decode_file(json_value_: Any) -> File | Unset:
    _file = json_value_
    file: File | Unset
    if isinstance(_file, Unset):
        file = UNSET
    else:
        file = File(payload=BytesIO(_file))

    return file


class CreateMultimediaDict(TypedDict, total=False):
    """CreateMultimedia as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    file: File


bind_fields(
    CreateMultimedia,
    {
        "file": WireField("file", decode=_decode_file, keep=True),
    },
    additional_properties=True,
)
