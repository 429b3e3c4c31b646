from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterAttachment")


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

    def _encode(self) -> dict[str, Any]:
        file_name = self.file_name

        content = self.content

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if content is not UNSET:
            field_dict["content"] = content
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

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


def _encode_file_name(self: NewsletterAttachment) -> Any:
    file_name = self.file_name
    return file_name


def _encode_content(self: NewsletterAttachment) -> Any:
    content = self.content
    return content


def _encode_mime_type(self: NewsletterAttachment) -> Any:
    mime_type = self.mime_type
    return mime_type


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
NewsletterAttachment._encoders = {
    "file_name": _encode_file_name,
    "content": _encode_content,
    "mime_type": _encode_mime_type,
}
NewsletterAttachment._extra_decoder = _decode_additional_properties
