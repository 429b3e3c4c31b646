from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
class BaseMetaField(WireModel):
    """
    Attributes:
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/meta-
            fields/NoF.
        meta_field_id (str | Unset): The meta field ID Example: NoF.
        name (str | Unset): The meta field name Example: Shoe size.
        value (str | Unset): The meta field value Example: 11.
        value_type (BaseMetaFieldValueType | Unset): The value type enumerable Example: integer.
        description (str | Unset): The meta field description Example: Description of this meta field.
    """

    href: str | Unset = UNSET
    meta_field_id: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    value_type: BaseMetaFieldValueType | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseMetaField._wire_fields}


BaseMetaField._extra_decoder = _decode_additional_properties

bind_fields(
    BaseMetaField,
    {
        "href": WireField("href"),
        "meta_field_id": WireField("metaFieldId"),
        "name": WireField("name"),
        "value": WireField("value"),
        "value_type": WireField("valueType", enum=BaseMetaFieldValueType),
        "description": WireField("description"),
    },
    additional_properties=True,
)
