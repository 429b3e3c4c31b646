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
class NewsletterAttachment(WireModel):
    """
    Attributes:
        file_name (str | Unset): The file name Example: some_file.jpg.
        content (str | Unset): The base64 encoded file content Example: sdfadsfetsdjfdskafdsaf==.
        mime_type (str | Unset): The file mime type Example: image/jpeg.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    file_name: str | Unset = UNSET
    content: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewsletterAttachmentDict(TypedDict, total=False):
    """NewsletterAttachment as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fileName: str
    content: str
    mimeType: str


bind_fields(
    NewsletterAttachment,
    {
        "file_name": WireField("fileName"),
        "content": WireField("content"),
        "mime_type": WireField("mimeType"),
    },
    additional_properties=True,
)
