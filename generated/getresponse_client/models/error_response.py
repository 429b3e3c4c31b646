from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.error_response_context import ErrorResponseContext


@_attrs_define
class ErrorResponse(WireModel):
    """
    Attributes:
        http_status (int): HTTP response code
        code (int): API error code
        code_description (str): API error code description
        message (str): Error message
        more_info (str): URL to error description in the API Docs
        context (ErrorResponseContext):
        uuid (str): UUID of the error response
    """

    http_status: int
    code: int
    code_description: str
    message: str
    more_info: str
    context: ErrorResponseContext
    uuid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_context(json_value_: Any) -> ErrorResponseContext:
    context = ErrorResponseContext.from_dict(json_value_)

    return context


def _from_dict(cls: type[ErrorResponse], src_dict: Mapping[str, Any]) -> ErrorResponse:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.http_status = get("httpStatus", UNSET)
    self.code = get("code", UNSET)
    self.code_description = get("codeDescription", UNSET)
    self.message = get("message", UNSET)
    self.more_info = get("moreInfo", UNSET)
    value = get("context", UNSET)
    if absent(value):
        self.context = value
    else:
        try:
            self.context = _decode_context(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "context", value, error)
    self.uuid = get("uuid", UNSET)
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
    "context": "context",
    "uuid": "uuid",
}
ErrorResponse._wire_fields = frozenset(ErrorResponse._wire_names.values())
ErrorResponse._decoders = {
    "http_status": None,
    "code": None,
    "code_description": None,
    "message": None,
    "more_info": None,
    "context": _decode_context,
    "uuid": None,
}
ErrorResponse._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.error_response_context import ErrorResponseContext  # noqa: E402
