from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

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

if TYPE_CHECKING:
    from ..models.folder_short import FolderShort
    from .folder_short import FolderShortDict


@_attrs_define
class NewFile(WireModel):
    """
    Attributes:
        name (str): The file name Example: image.
        extension (str): The file extension Example: jpg.
        folder (FolderShort):
        content (str): The base64 encoded file content Example: dGVzdCBjb250ZW50.
    """

    name: str
    extension: str
    folder: FolderShort
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_folder(json_value_: Any) -> FolderShort:
    folder = FolderShort.from_dict(json_value_)

    return folder


def _from_dict(cls: type[NewFile], src_dict: Mapping[str, Any]) -> NewFile:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("extension", UNSET)
    if value is UNSET:
        not_in_response(self, "extension")
    else:
        self.extension = value
    value = get("folder", UNSET)
    if value is UNSET:
        not_in_response(self, "folder")
    elif type(value) is dict:
        self.folder = FolderShort.from_dict(value)
    elif absent(value):
        self.folder = value
    else:
        try:
            self.folder = _decode_folder(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "folder", value, error)
    value = get("content", UNSET)
    if value is UNSET:
        not_in_response(self, "content")
    else:
        self.content = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewFile._wire_fields}


class NewFileDict(TypedDict, total=False):
    """NewFile as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    extension: Required[str]
    folder: Required[FolderShort | FolderShortDict]
    content: Required[str]


setattr(NewFile, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewFile._wire_names = {
    "name": "name",
    "extension": "extension",
    "folder": "folder",
    "content": "content",
}
NewFile._wire_fields = frozenset(NewFile._wire_names.values())
NewFile._decoders = {
    "name": None,
    "extension": None,
    "folder": _decode_folder,
    "content": None,
}
NewFile._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.folder_short import FolderShort  # noqa: E402
