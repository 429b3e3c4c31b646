from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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

    add_postal_to_messages: StringBooleanEnum | Unset = UNSET
    city: str | Unset = UNSET
    company_name: str | Unset = UNSET
    country: str | Unset = UNSET
    design: str | Unset = UNSET
    state: str | Unset = UNSET
    street: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListPostal._wire_fields}


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


ListPostal._extra_decoder = _decode_additional_properties

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
