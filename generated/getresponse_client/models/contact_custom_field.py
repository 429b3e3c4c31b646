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

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ContactCustomField(WireModel):
    """
    Attributes:
        custom_field_id (str | Unset):  Example: kL6Nh.
        values (list[str] | Unset):
    """

    custom_field_id: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_values(json_value_: Any) -> list[str] | Unset:
    values = cast(list[str], json_value_)

    return values


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactCustomField._wire_fields}


ContactCustomField._extra_decoder = _decode_additional_properties

bind_fields(
    ContactCustomField,
    {
        "custom_field_id": WireField("customFieldId"),
        "values": WireField("values", decode=_decode_values, keep=True),
    },
    additional_properties=True,
)
