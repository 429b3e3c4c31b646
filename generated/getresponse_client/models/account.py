from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

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

from ..models.account_number_of_employees import AccountNumberOfEmployees
from ..models.account_time_format import AccountTimeFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_details_country_code import AccountDetailsCountryCode
    from ..models.account_time_zone import AccountTimeZone
    from ..models.industry_tag_id import IndustryTagId


@_attrs_define
class Account(WireModel):
    """
    Attributes:
        account_id (str | Unset): Account ID Example: VfEy1.
        email (str | Unset): Email Example: john.smith@test.com.
        country_code (AccountDetailsCountryCode | Unset):
        industry_tag (IndustryTagId | Unset):
        href (str | Unset): Direct URL to resource Example: https://api.getresponse.com/v3/accounts.
        first_name (str | Unset): First name Example: John.
        last_name (str | Unset): Last name Example: Smith.
        company_name (str | Unset): Company name Example: MyBigCompany.
        phone (str | Unset): Phone number Example: +00155555555.
        state (str | Unset): State Example: Oklahoma.
        city (str | Unset): City Example: Alderson.
        street (str | Unset): Street Example: Sunset blv..
        zip_code (str | Unset): ZIP Code Example: 81-611.
        number_of_employees (AccountNumberOfEmployees | Unset): Numbers of employees Example: 500.
        time_format (AccountTimeFormat | Unset): Account time notation Example: 24h.
        time_zone (AccountTimeZone | Unset): The account's time zone.
    """

    account_id: str | Unset = _attrs_field(init=False, default=UNSET)
    email: str | Unset = _attrs_field(init=False, default=UNSET)
    country_code: AccountDetailsCountryCode | Unset = _attrs_field(init=False, default=UNSET)
    industry_tag: IndustryTagId | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    state: str | Unset = UNSET
    city: str | Unset = UNSET
    street: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    number_of_employees: AccountNumberOfEmployees | Unset = UNSET
    time_format: AccountTimeFormat | Unset = UNSET
    time_zone: AccountTimeZone | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_country_code(json_value_: Any) -> AccountDetailsCountryCode | Unset:
    _country_code = json_value_
    country_code: AccountDetailsCountryCode | Unset
    if isinstance(_country_code, Unset):
        country_code = UNSET
    else:
        country_code = AccountDetailsCountryCode.from_dict(_country_code)

    return country_code


def _decode_industry_tag(json_value_: Any) -> IndustryTagId | Unset:
    _industry_tag = json_value_
    industry_tag: IndustryTagId | Unset
    if isinstance(_industry_tag, Unset):
        industry_tag = UNSET
    else:
        industry_tag = IndustryTagId.from_dict(_industry_tag)

    return industry_tag


def _decode_number_of_employees(json_value_: Any) -> AccountNumberOfEmployees | Unset:
    _number_of_employees = json_value_
    number_of_employees: AccountNumberOfEmployees | Unset
    if isinstance(_number_of_employees, Unset):
        number_of_employees = UNSET
    else:
        number_of_employees = AccountNumberOfEmployees(_number_of_employees)

    return number_of_employees


def _decode_time_format(json_value_: Any) -> AccountTimeFormat | Unset:
    _time_format = json_value_
    time_format: AccountTimeFormat | Unset
    if isinstance(_time_format, Unset):
        time_format = UNSET
    else:
        time_format = AccountTimeFormat(_time_format)

    return time_format


def _decode_time_zone(json_value_: Any) -> AccountTimeZone | Unset:
    _time_zone = json_value_
    time_zone: AccountTimeZone | Unset
    if isinstance(_time_zone, Unset):
        time_zone = UNSET
    else:
        time_zone = AccountTimeZone.from_dict(_time_zone)

    return time_zone


def _from_dict(cls: type[Account], src_dict: Mapping[str, Any]) -> Account:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.account_id = get("accountId", UNSET)
    self.email = get("email", UNSET)
    value = get("countryCode", UNSET)
    if type(value) is dict:
        self.country_code = AccountDetailsCountryCode.from_dict(value)
    elif absent(value):
        self.country_code = value
    else:
        try:
            self.country_code = _decode_country_code(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "country_code", value, error)
    value = get("industryTag", UNSET)
    if type(value) is dict:
        self.industry_tag = IndustryTagId.from_dict(value)
    elif absent(value):
        self.industry_tag = value
    else:
        try:
            self.industry_tag = _decode_industry_tag(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "industry_tag", value, error)
    self.href = get("href", UNSET)
    self.first_name = get("firstName", UNSET)
    self.last_name = get("lastName", UNSET)
    self.company_name = get("companyName", UNSET)
    self.phone = get("phone", UNSET)
    self.state = get("state", UNSET)
    self.city = get("city", UNSET)
    self.street = get("street", UNSET)
    self.zip_code = get("zipCode", UNSET)
    value = get("numberOfEmployees", UNSET)
    if type(value) is str:
        try:
            self.number_of_employees = _members_number_of_employees[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.number_of_employees = AccountNumberOfEmployees(value)
    elif absent(value):
        self.number_of_employees = value
    else:
        try:
            self.number_of_employees = _decode_number_of_employees(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "number_of_employees", value, error)
    value = get("timeFormat", UNSET)
    if type(value) is str:
        try:
            self.time_format = _members_time_format[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.time_format = AccountTimeFormat(value)
    elif absent(value):
        self.time_format = value
    else:
        try:
            self.time_format = _decode_time_format(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_format", value, error)
    value = get("timeZone", UNSET)
    if type(value) is dict:
        self.time_zone = AccountTimeZone.from_dict(value)
    elif absent(value):
        self.time_zone = value
    else:
        try:
            self.time_zone = _decode_time_zone(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_zone", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Account._wire_fields}


class AccountDict(TypedDict, total=False):
    """Account as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    firstName: str
    lastName: str
    companyName: str
    phone: str
    state: str
    city: str
    street: str
    zipCode: str
    numberOfEmployees: AccountNumberOfEmployees | str
    timeFormat: AccountTimeFormat | str


setattr(Account, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Account._wire_names = {
    "account_id": "accountId",
    "email": "email",
    "country_code": "countryCode",
    "industry_tag": "industryTag",
    "href": "href",
    "first_name": "firstName",
    "last_name": "lastName",
    "company_name": "companyName",
    "phone": "phone",
    "state": "state",
    "city": "city",
    "street": "street",
    "zip_code": "zipCode",
    "number_of_employees": "numberOfEmployees",
    "time_format": "timeFormat",
    "time_zone": "timeZone",
}
Account._wire_fields = frozenset(Account._wire_names.values())
Account._read_only = frozenset(["account_id", "country_code", "email", "href", "industry_tag", "time_zone"])
Account._decoders = {
    "account_id": None,
    "email": None,
    "country_code": _decode_country_code,
    "industry_tag": _decode_industry_tag,
    "href": None,
    "first_name": None,
    "last_name": None,
    "company_name": None,
    "phone": None,
    "state": None,
    "city": None,
    "street": None,
    "zip_code": None,
    "number_of_employees": _decode_number_of_employees,
    "time_format": _decode_time_format,
    "time_zone": _decode_time_zone,
}
Account._extra_decoder = _decode_additional_properties
_members_number_of_employees = enum_members(AccountNumberOfEmployees)
_members_time_format = enum_members(AccountTimeFormat)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.account_details_country_code import AccountDetailsCountryCode  # noqa: E402
from ..models.account_time_zone import AccountTimeZone  # noqa: E402
from ..models.industry_tag_id import IndustryTagId  # noqa: E402
