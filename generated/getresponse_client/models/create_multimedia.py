from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from .. import types
from ..types import UNSET, File, Unset


@_attrs_define
class CreateMultimedia(WireModel):
    """
    Attributes:
        file (File | Unset):
    """

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


def _from_dict(cls: type[CreateMultimedia], src_dict: Mapping[str, Any]) -> CreateMultimedia:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("file", UNSET)
    if absent(value):
        self.file = value
    else:
        try:
            self.file = _decode_file(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "file", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateMultimedia._wire_fields}


class CreateMultimediaDict(TypedDict, total=False):
    """CreateMultimedia as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    file: File


setattr(CreateMultimedia, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CreateMultimedia._wire_names = {
    "file": "file",
}
CreateMultimedia._wire_fields = frozenset(CreateMultimedia._wire_names.values())
CreateMultimedia._decoders = {
    "file": _decode_file,
}
CreateMultimedia._extra_decoder = _decode_additional_properties
