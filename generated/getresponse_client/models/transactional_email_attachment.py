from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET
from getresponse_runtime.wire import WireModel, check_mapping

T = TypeVar("T", bound="TransactionalEmailAttachment")


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

    def _encode(self) -> dict[str, Any]:
        file_name = self.file_name

        mime_type = self.mime_type

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
                "mimeType": mime_type,
                "content": content,
            }
        )

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_file_name(self: TransactionalEmailAttachment) -> Any:
    file_name = self.file_name
    return file_name


def _encode_mime_type(self: TransactionalEmailAttachment) -> Any:
    mime_type = self.mime_type
    return mime_type


def _encode_content(self: TransactionalEmailAttachment) -> Any:
    content = self.content
    return content


def _from_dict(cls: type[TransactionalEmailAttachment], src_dict: Mapping[str, Any]) -> TransactionalEmailAttachment:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.file_name = get("fileName", UNSET)
    self.mime_type = get("mimeType", UNSET)
    self.content = get("content", UNSET)
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
TransactionalEmailAttachment._encoders = {
    "file_name": _encode_file_name,
    "mime_type": _encode_mime_type,
    "content": _encode_content,
}
TransactionalEmailAttachment._extra_decoder = _decode_additional_properties
