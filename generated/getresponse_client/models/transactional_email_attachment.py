from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailAttachment(WireModel):
    """
    Attributes:
        file_name (str): The attachment file name Example: pixel.png.
        mime_type (str): The MIME attachment type Example: image/png.
        content (str): The base64-encoded attachment Example:
            iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mOUua1dDwAD4AGjnrXmUAAAAABJRU5ErkJggg==.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    file_name: str
    mime_type: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    TransactionalEmailAttachment,
    {
        "file_name": WireField("fileName", required=True),
        "mime_type": WireField("mimeType", required=True),
        "content": WireField("content", required=True),
    },
    additional_properties=True,
)
