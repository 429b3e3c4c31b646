from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class MessageContent(WireModel):
    """The message content.

    Attributes:
        html (str | Unset): The message content in HTML Example: <h1>test 12</h1><p>Some test <a
            href="http://example.com">http://example.com</a></p>.
        plain (str | Unset): The plain text equivalent of the message content Example: test 12 Some test.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    html: str | Unset = UNSET
    plain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class MessageContentDict(TypedDict, total=False):
    """MessageContent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    html: str
    plain: str


bind_fields(
    MessageContent,
    {
        "html": WireField("html"),
        "plain": WireField("plain"),
    },
    additional_properties=True,
)
