from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewFolder(WireModel):
    """
    Attributes:
        name (str): The folder name Example: sample folder.
    """

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewFolder._wire_fields}


class NewFolderDict(TypedDict, total=False):
    """NewFolder as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]


NewFolder._extra_decoder = _decode_additional_properties

bind_fields(
    NewFolder,
    {
        "name": WireField("name", required=True),
    },
    additional_properties=True,
)
