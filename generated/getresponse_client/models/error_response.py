from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    wire_int,
)

from ..types import UNSET


@_attrs_define
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


def _from_dict(cls: type[ErrorResponse], src_dict: Mapping[str, Any]) -> ErrorResponse:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("httpStatus", UNSET)
    if value is UNSET:
        not_in_response(self, "http_status")
    elif type(value) is int or absent(value):
        self.http_status = value
    else:
        try:
            self.http_status = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "http_status", value, error)
    value = get("code", UNSET)
    if value is UNSET:
        not_in_response(self, "code")
    elif type(value) is int or absent(value):
        self.code = value
    else:
        try:
            self.code = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "code", value, error)
    value = get("codeDescription", UNSET)
    if value is UNSET:
        not_in_response(self, "code_description")
    else:
        self.code_description = value
    value = get("message", UNSET)
    if value is UNSET:
        not_in_response(self, "message")
    else:
        self.message = value
    value = get("moreInfo", UNSET)
    if value is UNSET:
        not_in_response(self, "more_info")
    else:
        self.more_info = value
    value = get("uuid", UNSET)
    if value is UNSET:
        not_in_response(self, "uuid")
    else:
        self.uuid = value
    value = get("context", UNSET)
    if value is UNSET:
        not_in_response(self, "context")
    else:
        self.context = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ErrorResponse._wire_fields}


setattr(ErrorResponse, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ErrorResponse._wire_names = {
    "http_status": "httpStatus",
    "code": "code",
    "code_description": "codeDescription",
    "message": "message",
    "more_info": "moreInfo",
    "uuid": "uuid",
    "context": "context",
}
ErrorResponse._wire_fields = frozenset(ErrorResponse._wire_names.values())
ErrorResponse._decoders = {
    "http_status": wire_int,
    "code": wire_int,
    "code_description": None,
    "message": None,
    "more_info": None,
    "uuid": None,
    "context": None,
}
ErrorResponse._extra_decoder = _decode_additional_properties
