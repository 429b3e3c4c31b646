from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

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
class CustomField(WireModel):
    """
    Attributes:
        custom_field_id (str | Unset): Custom field ID Example: pas.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/custom-fields/pas.
        name (str | Unset): The name of the custom field. Example: office_phone_number.
        type_ (CustomFieldTypeEnum | Unset):
        value_type (CustomFieldValueType | Unset): Type of returning value, it returns type options extended by a string
            option if the format was not defined Example: phone.
        format_ (CustomFieldFormatEnum | Unset):
        field_type (str | Unset): Returns the same as format Example: text.
        hidden (StringBooleanEnum | Unset):
        values (list[str] | Unset): The list of assigned default values, starting from zero depending on the custom
            field format.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    custom_field_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: CustomFieldTypeEnum | Unset = UNSET
    value_type: CustomFieldValueType | Unset = UNSET
    format_: CustomFieldFormatEnum | Unset = UNSET
    field_type: str | Unset = UNSET
    hidden: StringBooleanEnum | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_values(json_value_: Any) -> list[str] | Unset:
    values = cast(list[str], json_value_)

    return values


bind_fields(
    CustomField,
    {
        "custom_field_id": WireField("customFieldId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "type_": WireField("type", enum=CustomFieldTypeEnum),
        "value_type": WireField("valueType", enum=CustomFieldValueType),
        "format_": WireField("format", enum=CustomFieldFormatEnum),
        "field_type": WireField("fieldType"),
        "hidden": WireField("hidden", enum=StringBooleanEnum),
        "values": WireField("values", decode=_decode_values, keep=True),
    },
    additional_properties=True,
)
