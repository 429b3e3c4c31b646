from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define
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


def _decode_add_postal_to_messages(json_value_: Any) -> StringBooleanEnum | Unset:
    _add_postal_to_messages = json_value_
    add_postal_to_messages: StringBooleanEnum | Unset
    if isinstance(_add_postal_to_messages, Unset):
        add_postal_to_messages = UNSET
    else:
        add_postal_to_messages = StringBooleanEnum(_add_postal_to_messages)

    return add_postal_to_messages


def _from_dict(cls: type[ListPostal], src_dict: Mapping[str, Any]) -> ListPostal:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("addPostalToMessages", UNSET)
    if type(value) is str:
        try:
            self.add_postal_to_messages = _members_add_postal_to_messages[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.add_postal_to_messages = StringBooleanEnum(value)
    elif absent(value):
        self.add_postal_to_messages = value
    else:
        try:
            self.add_postal_to_messages = _decode_add_postal_to_messages(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "add_postal_to_messages", value, error)
    self.city = get("city", UNSET)
    self.company_name = get("companyName", UNSET)
    self.country = get("country", UNSET)
    self.design = get("design", UNSET)
    self.state = get("state", UNSET)
    self.street = get("street", UNSET)
    self.zip_code = get("zipCode", UNSET)
    return self


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


setattr(ListPostal, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ListPostal._wire_names = {
    "add_postal_to_messages": "addPostalToMessages",
    "city": "city",
    "company_name": "companyName",
    "country": "country",
    "design": "design",
    "state": "state",
    "street": "street",
    "zip_code": "zipCode",
}
ListPostal._wire_fields = frozenset(ListPostal._wire_names.values())
ListPostal._decoders = {
    "add_postal_to_messages": _decode_add_postal_to_messages,
    "city": None,
    "company_name": None,
    "country": None,
    "design": None,
    "state": None,
    "street": None,
    "zip_code": None,
}
ListPostal._extra_decoder = _decode_additional_properties
_members_add_postal_to_messages = enum_members(StringBooleanEnum)
