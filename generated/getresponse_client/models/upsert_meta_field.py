from __future__ import annotations

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpsertMetaField(WireModel):
    """This method assigns metafields.

    Attributes:
        meta_fields (list[UpsertSingleMetaField]):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    meta_fields: list[UpsertSingleMetaField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_meta_fields(json_value_: Any) -> list[UpsertSingleMetaField]:
    meta_fields = []
    _meta_fields = json_value_
    for meta_fields_item_data in _meta_fields:
        meta_fields_item = UpsertSingleMetaField.from_dict(meta_fields_item_data)

        meta_fields.append(meta_fields_item)

    return meta_fields


class UpsertMetaFieldDict(TypedDict, total=False):
    """UpsertMetaField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    metaFields: Required[list[UpsertSingleMetaField | UpsertSingleMetaFieldDict]]


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
