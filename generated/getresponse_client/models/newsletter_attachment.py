from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterAttachment._wire_fields}


class NewsletterAttachmentDict(TypedDict, total=False):
    """NewsletterAttachment as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fileName: str
    content: str
    mimeType: str


NewsletterAttachment._extra_decoder = _decode_additional_properties

bind_fields(
    NewsletterAttachment,
    {
        "file_name": WireField("fileName"),
        "content": WireField("content"),
        "mime_type": WireField("mimeType"),
    },
    additional_properties=True,
)
