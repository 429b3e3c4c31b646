from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListPostal(WireModel):
    """
    Attributes:
        add_postal_to_messages (StringBooleanEnum | Unset):
        city (str | Unset): The city, free-text Example: London.
        company_name (str | Unset): The company name, free-text Example: Company Ltd..
        country (str | Unset): The country name, free-text Example: Great Britain.
        design (str | Unset): How the postal address will display in messages. Example: [[name]] from [[city]] in
            [[country]].
        state (str | Unset): The state, free-text Example: Shire.
        street (str | Unset): The street, free-text Example: Bilbo Baggins Av.
        zip_code (str | Unset): The ZIP code Example: 81-611.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    add_postal_to_messages: StringBooleanEnum | Unset = UNSET
    city: str | Unset = UNSET
    company_name: str | Unset = UNSET
    country: str | Unset = UNSET
    design: str | Unset = UNSET
    state: str | Unset = UNSET
    street: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ListPostalDict(TypedDict, total=False):
    """ListPostal as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    addPostalToMessages: StringBooleanEnum | str
    city: str
    companyName: str
    country: str
    design: str
    state: str
    street: str
    zipCode: str


bind_fields(
    ListPostal,
    {
        "add_postal_to_messages": WireField("addPostalToMessages", enum=StringBooleanEnum),
        "city": WireField("city"),
        "company_name": WireField("companyName"),
        "country": WireField("country"),
        "design": WireField("design"),
        "state": WireField("state"),
        "street": WireField("street"),
        "zip_code": WireField("zipCode"),
    },
    additional_properties=True,
)
