from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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

    http_status: int
    code: int
    code_description: str
    message: str
    more_info: str
    uuid: str
    context: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ErrorResponse._wire_fields}


ErrorResponse._extra_decoder = _decode_additional_properties

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
