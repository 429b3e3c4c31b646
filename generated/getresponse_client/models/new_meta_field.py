from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.base_meta_field_value_type import BaseMetaFieldValueType
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewMetaField(WireModel):
    """
    Attributes:
        name (str): The meta field name Example: Shoe size.
        value (str): The meta field value Example: 11.
        value_type (BaseMetaFieldValueType): The value type enumerable Example: integer.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/meta-
            fields/NoF.
        meta_field_id (str | Unset): The meta field ID Example: NoF.
        description (str | Unset): The meta field description Example: Description of this meta field.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    value: str
    value_type: BaseMetaFieldValueType
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    meta_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewMetaFieldDict(TypedDict, total=False):
    """NewMetaField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    value: Required[str]
    valueType: Required[BaseMetaFieldValueType | str]
    description: str


NewMetaField._read_only = frozenset(["href", "meta_field_id"])

bind_fields(
    NewMetaField,
    {
        "name": WireField("name", required=True),
        "value": WireField("value", required=True),
        "value_type": WireField("valueType", required=True, enum=BaseMetaFieldValueType),
        "href": WireField("href"),
        "meta_field_id": WireField("metaFieldId"),
        "description": WireField("description"),
    },
    additional_properties=True,
)
