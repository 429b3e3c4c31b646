from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET


@_attrs_define
class CustomReportFilterMessageId(WireModel):
    """
    Attributes:
        message_id (list[str]): Message IDs included in the report Example: ['cRmI', 'cRmJ'].
    """

    message_id: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_message_id(json_value_: Any) -> list[str]:
    message_id = cast(list[str], json_value_)

    return message_id


def _from_dict(cls: type[CustomReportFilterMessageId], src_dict: Mapping[str, Any]) -> CustomReportFilterMessageId:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("messageId", UNSET)
    if value is UNSET:
        not_in_response(self, "message_id")
    elif absent(value):
        self.message_id = value
    else:
        try:
            self.message_id = _decode_message_id(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "message_id", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReportFilterMessageId._wire_fields}


setattr(CustomReportFilterMessageId, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomReportFilterMessageId._wire_names = {
    "message_id": "messageId",
}
CustomReportFilterMessageId._wire_fields = frozenset(CustomReportFilterMessageId._wire_names.values())
CustomReportFilterMessageId._decoders = {
    "message_id": _decode_message_id,
}
CustomReportFilterMessageId._extra_decoder = _decode_additional_properties
