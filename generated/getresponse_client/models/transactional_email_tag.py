from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TransactionalEmailTag(WireModel):
    """
    Attributes:
        tag_id (str):  Example: vBd5.
    """

    tag_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailTag._wire_fields}


TransactionalEmailTag._extra_decoder = _decode_additional_properties

bind_fields(
    TransactionalEmailTag,
    {
        "tag_id": WireField("tagId", required=True),
    },
    additional_properties=True,
)
