from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
    parse_datetime,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_domain import FromFieldDomain


@_attrs_define
class FromField(WireModel):
    """
    Attributes:
        from_field_id (str): The 'From' address ID Example: TTzW.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/from-fields/TTzW.
        email (str | Unset): The email address Example: jsmith@example.com.
        rewritten_email (None | str | Unset): Email address used to send message. Example: jsmith@example.com.
        name (str | Unset): The name connected to the email address Example: John Smith.
        is_active (StringBooleanEnum | Unset):
        is_default (StringBooleanEnum | Unset):
        created_on (datetime.datetime | Unset): The creation date
        domain (FromFieldDomain | Unset):
    """

    from_field_id: str
    href: str | Unset = UNSET
    email: str | Unset = UNSET
    rewritten_email: None | str | Unset = UNSET
    name: str | Unset = UNSET
    is_active: StringBooleanEnum | Unset = UNSET
    is_default: StringBooleanEnum | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    domain: FromFieldDomain | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_is_active(json_value_: Any) -> StringBooleanEnum | Unset:
    _is_active = json_value_
    is_active: StringBooleanEnum | Unset
    if isinstance(_is_active, Unset):
        is_active = UNSET
    else:
        is_active = StringBooleanEnum(_is_active)

    return is_active


def _decode_is_default(json_value_: Any) -> StringBooleanEnum | Unset:
    _is_default = json_value_
    is_default: StringBooleanEnum | Unset
    if isinstance(_is_default, Unset):
        is_default = UNSET
    else:
        is_default = StringBooleanEnum(_is_default)

    return is_default


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_domain(json_value_: Any) -> FromFieldDomain | Unset:
    _domain = json_value_
    domain: FromFieldDomain | Unset
    if isinstance(_domain, Unset):
        domain = UNSET
    else:
        domain = FromFieldDomain.from_dict(_domain)

    return domain


def _from_dict(cls: type[FromField], src_dict: Mapping[str, Any]) -> FromField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("fromFieldId", UNSET)
    if value is UNSET:
        not_in_response(self, "from_field_id")
    else:
        self.from_field_id = value
    self.href = get("href", UNSET)
    self.email = get("email", UNSET)
    self.rewritten_email = get("rewrittenEmail", UNSET)
    self.name = get("name", UNSET)
    value = get("isActive", UNSET)
    if type(value) is str:
        try:
            self.is_active = _members_is_active[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.is_active = StringBooleanEnum(value)
    elif absent(value):
        self.is_active = value
    else:
        try:
            self.is_active = _decode_is_active(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_active", value, error)
    value = get("isDefault", UNSET)
    if type(value) is str:
        try:
            self.is_default = _members_is_default[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.is_default = StringBooleanEnum(value)
    elif absent(value):
        self.is_default = value
    else:
        try:
            self.is_default = _decode_is_default(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_default", value, error)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("domain", UNSET)
    if type(value) is dict:
        self.domain = FromFieldDomain.from_dict(value)
    elif absent(value):
        self.domain = value
    else:
        try:
            self.domain = _decode_domain(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "domain", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FromField._wire_fields}


setattr(FromField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FromField._wire_names = {
    "from_field_id": "fromFieldId",
    "href": "href",
    "email": "email",
    "rewritten_email": "rewrittenEmail",
    "name": "name",
    "is_active": "isActive",
    "is_default": "isDefault",
    "created_on": "createdOn",
    "domain": "domain",
}
FromField._wire_fields = frozenset(FromField._wire_names.values())
FromField._decoders = {
    "from_field_id": None,
    "href": None,
    "email": None,
    "rewritten_email": None,
    "name": None,
    "is_active": _decode_is_active,
    "is_default": _decode_is_default,
    "created_on": _decode_created_on,
    "domain": _decode_domain,
}
FromField._extra_decoder = _decode_additional_properties
_members_is_active = enum_members(StringBooleanEnum)
_members_is_default = enum_members(StringBooleanEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_domain import FromFieldDomain  # noqa: E402
