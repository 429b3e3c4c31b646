from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.account_number_of_employees import AccountNumberOfEmployees
from ..models.account_time_format import AccountTimeFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_details_country_code import AccountDetailsCountryCode
    from ..models.account_time_zone import AccountTimeZone
    from ..models.industry_tag_id import IndustryTagId


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


Account._read_only = frozenset(["account_id", "country_code", "email", "href", "industry_tag", "time_zone"])

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.account_details_country_code import AccountDetailsCountryCode  # noqa: E402
from ..models.account_time_zone import AccountTimeZone  # noqa: E402
from ..models.industry_tag_id import IndustryTagId  # noqa: E402

bind_fields(
    Account,
    {
        "account_id": WireField("accountId"),
        "email": WireField("email"),
        "country_code": WireField("countryCode", decode=AccountDetailsCountryCode.from_dict, keep=True),
        "industry_tag": WireField("industryTag", decode=IndustryTagId.from_dict, keep=True),
        "href": WireField("href"),
        "first_name": WireField("firstName"),
        "last_name": WireField("lastName"),
        "company_name": WireField("companyName"),
        "phone": WireField("phone"),
        "state": WireField("state"),
        "city": WireField("city"),
        "street": WireField("street"),
        "zip_code": WireField("zipCode"),
        "number_of_employees": WireField("numberOfEmployees", enum=AccountNumberOfEmployees),
        "time_format": WireField("timeFormat", enum=AccountTimeFormat),
        "time_zone": WireField("timeZone", decode=AccountTimeZone.from_dict, keep=True),
    },
    additional_properties=True,
)
