from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue


@_attrs_define
class NewContactCustomFieldValues(WireModel):
    """
    Attributes:
        custom_field_values (list[NewContactCustomFieldValue] | Unset):
    """

    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_custom_field_values(json_value_: Any) -> list[NewContactCustomFieldValue] | Unset:
    _custom_field_values = json_value_
    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    if _custom_field_values is not UNSET:
        custom_field_values = []
        for custom_field_values_item_data in _custom_field_values:
            custom_field_values_item = NewContactCustomFieldValue.from_dict(custom_field_values_item_data)

            custom_field_values.append(custom_field_values_item)

    return custom_field_values


def _from_dict(cls: type[NewContactCustomFieldValues], src_dict: Mapping[str, Any]) -> NewContactCustomFieldValues:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("customFieldValues", UNSET)
    if absent(value):
        self.custom_field_values = value
    else:
        try:
            self.custom_field_values = _decode_custom_field_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "custom_field_values", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewContactCustomFieldValues._wire_fields}


setattr(NewContactCustomFieldValues, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewContactCustomFieldValues._wire_names = {
    "custom_field_values": "customFieldValues",
}
NewContactCustomFieldValues._wire_fields = frozenset(NewContactCustomFieldValues._wire_names.values())
NewContactCustomFieldValues._decoders = {
    "custom_field_values": _decode_custom_field_values,
}
NewContactCustomFieldValues._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_contact_custom_field_value import NewContactCustomFieldValue  # noqa: E402
