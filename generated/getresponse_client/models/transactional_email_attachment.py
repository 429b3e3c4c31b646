from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TransactionalEmailAttachment(WireModel):
    """
    Attributes:
        file_name (str): The attachment file name Example: pixel.png.
        mime_type (str): The MIME attachment type Example: image/png.
        content (str): The base64-encoded attachment Example:
            iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mOUua1dDwAD4AGjnrXmUAAAAABJRU5ErkJggg==.
    """

    file_name: str
    mime_type: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailAttachment._wire_fields}


TransactionalEmailAttachment._extra_decoder = _decode_additional_properties

bind_fields(
    TransactionalEmailAttachment,
    {
        "file_name": WireField("fileName", required=True),
        "mime_type": WireField("mimeType", required=True),
        "content": WireField("content", required=True),
    },
    additional_properties=True,
)
