from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET


@_attrs_define
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


def _from_dict(cls: type[TransactionalEmailAttachment], src_dict: Mapping[str, Any]) -> TransactionalEmailAttachment:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("fileName", UNSET)
    if value is UNSET:
        not_in_response(self, "file_name")
    else:
        self.file_name = value
    value = get("mimeType", UNSET)
    if value is UNSET:
        not_in_response(self, "mime_type")
    else:
        self.mime_type = value
    value = get("content", UNSET)
    if value is UNSET:
        not_in_response(self, "content")
    else:
        self.content = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailAttachment._wire_fields}


setattr(TransactionalEmailAttachment, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TransactionalEmailAttachment._wire_names = {
    "file_name": "fileName",
    "mime_type": "mimeType",
    "content": "content",
}
TransactionalEmailAttachment._wire_fields = frozenset(TransactionalEmailAttachment._wire_names.values())
TransactionalEmailAttachment._decoders = {
    "file_name": None,
    "mime_type": None,
    "content": None,
}
TransactionalEmailAttachment._extra_decoder = _decode_additional_properties
