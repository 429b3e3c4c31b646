from __future__ import annotations

from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseFile._wire_fields}


BaseFile._extra_decoder = _decode_additional_properties

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
