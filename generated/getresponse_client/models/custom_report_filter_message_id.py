from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReportFilterMessageId._wire_fields}


CustomReportFilterMessageId._extra_decoder = _decode_additional_properties

bind_fields(
    CustomReportFilterMessageId,
    {
        "message_id": WireField("messageId", required=True, decode=_decode_message_id, keep=True),
    },
    additional_properties=True,
)
