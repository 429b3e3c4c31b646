from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.base_meta_field_value_type import BaseMetaFieldValueType
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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

    name: str
    value: str
    value_type: BaseMetaFieldValueType
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    meta_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewMetaField._wire_fields}


class NewMetaFieldDict(TypedDict, total=False):
    """NewMetaField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    value: Required[str]
    valueType: Required[BaseMetaFieldValueType | str]
    description: str


NewMetaField._read_only = frozenset(["href", "meta_field_id"])
NewMetaField._extra_decoder = _decode_additional_properties

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
