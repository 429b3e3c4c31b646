from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

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
class CreateBatchContactsBodyContactsItemCustomFieldValuesItem(WireModel):
    """
    Attributes:
        custom_field_id (str): Custom field ID. Example: kL6Nh.
        value (list[str]):
    """

    custom_field_id: str
    value: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value(json_value_: Any) -> list[str]:
    value = cast(list[str], json_value_)

    return value


def _from_dict(
    cls: type[CreateBatchContactsBodyContactsItemCustomFieldValuesItem], src_dict: Mapping[str, Any]
) -> CreateBatchContactsBodyContactsItemCustomFieldValuesItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("customFieldId", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_field_id")
    else:
        self.custom_field_id = value
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    elif absent(value):
        self.value = value
    else:
        try:
            self.value = _decode_value(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in CreateBatchContactsBodyContactsItemCustomFieldValuesItem._wire_fields
    }


class CreateBatchContactsBodyContactsItemCustomFieldValuesItemDict(TypedDict, total=False):
    """CreateBatchContactsBodyContactsItemCustomFieldValuesItem as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    customFieldId: Required[str]
    value: Required[list[str]]


setattr(
    CreateBatchContactsBodyContactsItemCustomFieldValuesItem, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
CreateBatchContactsBodyContactsItemCustomFieldValuesItem._wire_names = {
    "custom_field_id": "customFieldId",
    "value": "value",
}
CreateBatchContactsBodyContactsItemCustomFieldValuesItem._wire_fields = frozenset(
    CreateBatchContactsBodyContactsItemCustomFieldValuesItem._wire_names.values()
)
CreateBatchContactsBodyContactsItemCustomFieldValuesItem._decoders = {
    "custom_field_id": None,
    "value": _decode_value,
}
CreateBatchContactsBodyContactsItemCustomFieldValuesItem._extra_decoder = _decode_additional_properties
