from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_short import FolderShort


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class BaseFile(WireModel):
    """
    Attributes:
        name (str | Unset): The file name Example: image.
        extension (str | Unset): The file extension Example: jpg.
        folder (FolderShort | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str | Unset = UNSET
    extension: str | Unset = UNSET
    folder: FolderShort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.folder_short import FolderShort  # noqa: E402

bind_fields(
    BaseFile,
    {
        "name": WireField("name"),
        "extension": WireField("extension"),
        "folder": WireField("folder", decode=FolderShort.from_dict, keep=True),
    },
    additional_properties=True,
)
