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
    from ..models.folder_short import FolderShort
    from .folder_short import FolderShortDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewFile(WireModel):
    """
    Attributes:
        name (str): The file name Example: image.
        extension (str): The file extension Example: jpg.
        folder (FolderShort):
        content (str): The base64 encoded file content Example: dGVzdCBjb250ZW50.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    extension: str
    folder: FolderShort
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewFileDict(TypedDict, total=False):
    """NewFile as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    extension: Required[str]
    folder: Required[FolderShort | FolderShortDict]
    content: Required[str]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.folder_short import FolderShort  # noqa: E402

bind_fields(
    NewFile,
    {
        "name": WireField("name", required=True),
        "extension": WireField("extension", required=True),
        "folder": WireField("folder", required=True, decode=FolderShort.from_dict, keep=True),
        "content": WireField("content", required=True),
    },
    additional_properties=True,
)
