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
class MessageContent(WireModel):
    """The message content.

    Attributes:
        html (str | Unset): The message content in HTML Example: <h1>test 12</h1><p>Some test <a
            href="http://example.com">http://example.com</a></p>.
        plain (str | Unset): The plain text equivalent of the message content Example: test 12 Some test.
    """

    html: str | Unset = UNSET
    plain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[MessageContent], src_dict: Mapping[str, Any]) -> MessageContent:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.html = get("html", UNSET)
    self.plain = get("plain", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageContent._wire_fields}


class MessageContentDict(TypedDict, total=False):
    """MessageContent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    html: str
    plain: str


setattr(MessageContent, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
MessageContent._wire_names = {
    "html": "html",
    "plain": "plain",
}
MessageContent._wire_fields = frozenset(MessageContent._wire_names.values())
MessageContent._decoders = {
    "html": None,
    "plain": None,
}
MessageContent._extra_decoder = _decode_additional_properties
