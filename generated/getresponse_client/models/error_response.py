from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ErrorResponse(WireModel):
    """
    Attributes:
        http_status (int): HTTP response code
        code (int): API error code
        code_description (str): API error code description
        message (str): Error message
        more_info (str): URL to error description in the API Docs
        uuid (str): UUID of the error response
        context (Any): Details of the error: an object, a list of strings or of validation objects, or empty ({} or []).
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    http_status: int
    code: int
    code_description: str
    message: str
    more_info: str
    uuid: str
    context: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ErrorResponse,
    {
        "http_status": WireField("httpStatus", required=True, decode=wire_int),
        "code": WireField("code", required=True, decode=wire_int),
        "code_description": WireField("codeDescription", required=True),
        "message": WireField("message", required=True),
        "more_info": WireField("moreInfo", required=True),
        "uuid": WireField("uuid", required=True),
        "context": WireField("context", required=True),
    },
    additional_properties=True,
)
