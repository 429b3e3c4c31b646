from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.base_meta_field_value_type import BaseMetaFieldValueType
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class MetaField(WireModel):
    """
    Attributes:
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/meta-
            fields/NoF.
        meta_field_id (str | Unset): The meta field ID Example: NoF.
        name (str | Unset): The meta field name Example: Shoe size.
        value (str | Unset): The meta field value Example: 11.
        value_type (BaseMetaFieldValueType | Unset): The value type enumerable Example: integer.
        description (str | Unset): The meta field description Example: Description of this meta field.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    href: str | Unset = _attrs_field(init=False, default=UNSET)
    meta_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    value_type: BaseMetaFieldValueType | Unset = UNSET
    description: str | Unset = UNSET
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class MetaFieldDict(TypedDict, total=False):
    """MetaField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    value: str
    valueType: BaseMetaFieldValueType | str
    description: str


MetaField._read_only = frozenset(["created_on", "href", "meta_field_id", "updated_on"])

bind_fields(
    MetaField,
    {
        "href": WireField("href"),
        "meta_field_id": WireField("metaFieldId"),
        "name": WireField("name"),
        "value": WireField("value"),
        "value_type": WireField("valueType", enum=BaseMetaFieldValueType),
        "description": WireField("description"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
    },
    additional_properties=True,
)
