from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.upsert_single_meta_field import UpsertSingleMetaField
    from .upsert_single_meta_field import UpsertSingleMetaFieldDict


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertMetaField._wire_fields}


class UpsertMetaFieldDict(TypedDict, total=False):
    """UpsertMetaField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    metaFields: Required[list[UpsertSingleMetaField | UpsertSingleMetaFieldDict]]


UpsertMetaField._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.upsert_single_meta_field import UpsertSingleMetaField  # noqa: E402

bind_fields(
    UpsertMetaField,
    {
        "meta_fields": WireField("metaFields", required=True, decode=_decode_meta_fields, keep=True),
    },
    additional_properties=True,
)
