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
    from ..models.upsert_single_meta_field import UpsertSingleMetaField
    from .upsert_single_meta_field import UpsertSingleMetaFieldDict


@_attrs_define
class UpsertMetaField(WireModel):
    """This method assigns metafields.

    Attributes:
        meta_fields (list[UpsertSingleMetaField]):
    """

    meta_fields: list[UpsertSingleMetaField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_meta_fields(json_value_: Any) -> list[UpsertSingleMetaField]:
    meta_fields = []
    _meta_fields = json_value_
    for meta_fields_item_data in _meta_fields:
        meta_fields_item = UpsertSingleMetaField.from_dict(meta_fields_item_data)

        meta_fields.append(meta_fields_item)

    return meta_fields


def _from_dict(cls: type[UpsertMetaField], src_dict: Mapping[str, Any]) -> UpsertMetaField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("metaFields", UNSET)
    if value is UNSET:
        not_in_response(self, "meta_fields")
    elif absent(value):
        self.meta_fields = value
    else:
        try:
            self.meta_fields = _decode_meta_fields(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "meta_fields", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertMetaField._wire_fields}


class UpsertMetaFieldDict(TypedDict, total=False):
    """UpsertMetaField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    metaFields: Required[list[UpsertSingleMetaField | UpsertSingleMetaFieldDict]]


setattr(UpsertMetaField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpsertMetaField._wire_names = {
    "meta_fields": "metaFields",
}
UpsertMetaField._wire_fields = frozenset(UpsertMetaField._wire_names.values())
UpsertMetaField._decoders = {
    "meta_fields": _decode_meta_fields,
}
UpsertMetaField._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.upsert_single_meta_field import UpsertSingleMetaField  # noqa: E402
