from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ContactCustomFieldValue(WireModel):
    """
    Attributes:
        custom_field_id (str): Custom field ID Example: 4klkN.
        name (str):  Example: age.
        value (list[str]):
        values (list[str]):
        type_ (str):  Example: single_select.
        field_type (str | Unset):  Example: single_select.
        value_type (str | Unset):  Example: string.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    custom_field_id: str
    name: str
    value: list[str]
    values: list[str]
    type_: str
    field_type: str | Unset = UNSET
    value_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value(json_value_: Any) -> list[str]:
    value = cast(list[str], json_value_)

    return value


def _decode_values(json_value_: Any) -> list[str]:
    values = cast(list[str], json_value_)

    return values


bind_fields(
    ContactCustomFieldValue,
    {
        "custom_field_id": WireField("customFieldId", required=True),
        "name": WireField("name", required=True),
        "value": WireField("value", required=True, decode=_decode_value, keep=True),
        "values": WireField("values", required=True, decode=_decode_values, keep=True),
        "type_": WireField("type", required=True),
        "field_type": WireField("fieldType"),
        "value_type": WireField("valueType"),
    },
    additional_properties=True,
)
