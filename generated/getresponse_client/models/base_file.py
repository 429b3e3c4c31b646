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
    from ..models.folder_short import FolderShort


@_attrs_define
class BaseFile(WireModel):
    """
    Attributes:
        name (str | Unset): The file name Example: image.
        extension (str | Unset): The file extension Example: jpg.
        folder (FolderShort | Unset):
    """

    name: str | Unset = UNSET
    extension: str | Unset = UNSET
    folder: FolderShort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_folder(json_value_: Any) -> FolderShort | Unset:
    _folder = json_value_
    folder: FolderShort | Unset
    if isinstance(_folder, Unset):
        folder = UNSET
    else:
        folder = FolderShort.from_dict(_folder)

    return folder


def _from_dict(cls: type[BaseFile], src_dict: Mapping[str, Any]) -> BaseFile:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.name = get("name", UNSET)
    self.extension = get("extension", UNSET)
    value = get("folder", UNSET)
    if type(value) is dict:
        self.folder = FolderShort.from_dict(value)
    elif absent(value):
        self.folder = value
    else:
        try:
            self.folder = _decode_folder(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "folder", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseFile._wire_fields}


setattr(BaseFile, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
BaseFile._wire_names = {
    "name": "name",
    "extension": "extension",
    "folder": "folder",
}
BaseFile._wire_fields = frozenset(BaseFile._wire_names.values())
BaseFile._decoders = {
    "name": None,
    "extension": None,
    "folder": _decode_folder,
}
BaseFile._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.folder_short import FolderShort  # noqa: E402
