from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

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

if TYPE_CHECKING:
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue
    from .new_contact_custom_field_value import NewContactCustomFieldValueDict


@_attrs_define
class UpsertContactCustomFields(WireModel):
    """
    Attributes:
        custom_field_values (list[NewContactCustomFieldValue]):
    """

    custom_field_values: list[NewContactCustomFieldValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_custom_field_values(json_value_: Any) -> list[NewContactCustomFieldValue]:
    custom_field_values = []
    _custom_field_values = json_value_
    for custom_field_values_item_data in _custom_field_values:
        custom_field_values_item = NewContactCustomFieldValue.from_dict(custom_field_values_item_data)

        custom_field_values.append(custom_field_values_item)

    return custom_field_values


def _from_dict(cls: type[UpsertContactCustomFields], src_dict: Mapping[str, Any]) -> UpsertContactCustomFields:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("customFieldValues", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_field_values")
    elif absent(value):
        self.custom_field_values = value
    else:
        try:
            self.custom_field_values = _decode_custom_field_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "custom_field_values", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertContactCustomFields._wire_fields}


class UpsertContactCustomFieldsDict(TypedDict, total=False):
    """UpsertContactCustomFields as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    customFieldValues: Required[list[NewContactCustomFieldValue | NewContactCustomFieldValueDict]]


setattr(UpsertContactCustomFields, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpsertContactCustomFields._wire_names = {
    "custom_field_values": "customFieldValues",
}
UpsertContactCustomFields._wire_fields = frozenset(UpsertContactCustomFields._wire_names.values())
UpsertContactCustomFields._decoders = {
    "custom_field_values": _decode_custom_field_values,
}
UpsertContactCustomFields._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_contact_custom_field_value import NewContactCustomFieldValue  # noqa: E402
