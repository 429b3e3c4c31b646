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
)

from ..types import UNSET, Unset


@_attrs_define
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


def _from_dict(cls: type[ContactCustomField], src_dict: Mapping[str, Any]) -> ContactCustomField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.custom_field_id = get("customFieldId", UNSET)
    value = get("values", UNSET)
    if absent(value):
        self.values = value
    else:
        try:
            self.values = _decode_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "values", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactCustomField._wire_fields}


setattr(ContactCustomField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactCustomField._wire_names = {
    "custom_field_id": "customFieldId",
    "values": "values",
}
ContactCustomField._wire_fields = frozenset(ContactCustomField._wire_names.values())
ContactCustomField._decoders = {
    "custom_field_id": None,
    "values": _decode_values,
}
ContactCustomField._extra_decoder = _decode_additional_properties
