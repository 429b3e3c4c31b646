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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageContent._wire_fields}


class MessageContentDict(TypedDict, total=False):
    """MessageContent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    html: str
    plain: str


MessageContent._extra_decoder = _decode_additional_properties

bind_fields(
    MessageContent,
    {
        "html": WireField("html"),
        "plain": WireField("plain"),
    },
    additional_properties=True,
)
