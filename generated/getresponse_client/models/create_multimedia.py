from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from .. import types
from ..types import UNSET, File, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateMultimedia._wire_fields}


class CreateMultimediaDict(TypedDict, total=False):
    """CreateMultimedia as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    file: File


CreateMultimedia._extra_decoder = _decode_additional_properties

bind_fields(
    CreateMultimedia,
    {
        "file": WireField("file", decode=_decode_file, keep=True),
    },
    additional_properties=True,
)
