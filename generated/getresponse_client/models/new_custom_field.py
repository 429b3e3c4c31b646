from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.custom_field_format_enum import CustomFieldFormatEnum
from ..models.custom_field_type_enum import CustomFieldTypeEnum
from ..models.custom_field_value_type import CustomFieldValueType
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewCustomField(WireModel):
    """
    Attributes:
        name (str): The name of the custom field. Example: office_phone_number.
        type_ (CustomFieldTypeEnum):
        format_ (CustomFieldFormatEnum):
        hidden (StringBooleanEnum):
        values (list[str]): The list of assigned default values, starting from zero depending on the custom field
            format.
        custom_field_id (str | Unset): Custom field ID Example: pas.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/custom-fields/pas.
        value_type (CustomFieldValueType | Unset): Type of returning value, it returns type options extended by a string
            option if the format was not defined Example: phone.
        field_type (str | Unset): Returns the same as format Example: text.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    type_: CustomFieldTypeEnum
    format_: CustomFieldFormatEnum
    hidden: StringBooleanEnum
    values: list[str]
    custom_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    value_type: CustomFieldValueType | Unset = _attrs_field(init=False, default=UNSET)
    field_type: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_values(json_value_: Any) -> list[str]:
    values = cast(list[str], json_value_)

    return values


class NewCustomFieldDict(TypedDict, total=False):
    """NewCustomField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    type: Required[CustomFieldTypeEnum | str]
    format: Required[CustomFieldFormatEnum | str]
    hidden: Required[StringBooleanEnum | str]
    values: Required[list[str]]


NewCustomField._read_only = frozenset(["custom_field_id", "field_type", "href", "value_type"])

bind_fields(
    NewCustomField,
    {
        "name": WireField("name", required=True),
        "type_": WireField("type", required=True, enum=CustomFieldTypeEnum),
        "format_": WireField("format", required=True, enum=CustomFieldFormatEnum),
        "hidden": WireField("hidden", required=True, enum=StringBooleanEnum),
        "values": WireField("values", required=True, decode=_decode_values, keep=True),
        "custom_field_id": WireField("customFieldId"),
        "href": WireField("href"),
        "value_type": WireField("valueType", enum=CustomFieldValueType),
        "field_type": WireField("fieldType"),
    },
    additional_properties=True,
)
