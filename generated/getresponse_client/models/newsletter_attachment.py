from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class NewsletterAttachment(WireModel):
    """
    Attributes:
        file_name (str | Unset): The file name Example: some_file.jpg.
        content (str | Unset): The base64 encoded file content Example: sdfadsfetsdjfdskafdsaf==.
        mime_type (str | Unset): The file mime type Example: image/jpeg.
    """

    file_name: str | Unset = UNSET
    content: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[NewsletterAttachment], src_dict: Mapping[str, Any]) -> NewsletterAttachment:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.file_name = get("fileName", UNSET)
    self.content = get("content", UNSET)
    self.mime_type = get("mimeType", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterAttachment._wire_fields}


class NewsletterAttachmentDict(TypedDict, total=False):
    """NewsletterAttachment as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fileName: str
    content: str
    mimeType: str


setattr(NewsletterAttachment, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewsletterAttachment._wire_names = {
    "file_name": "fileName",
    "content": "content",
    "mime_type": "mimeType",
}
NewsletterAttachment._wire_fields = frozenset(NewsletterAttachment._wire_names.values())
NewsletterAttachment._decoders = {
    "file_name": None,
    "content": None,
    "mime_type": None,
}
NewsletterAttachment._extra_decoder = _decode_additional_properties
