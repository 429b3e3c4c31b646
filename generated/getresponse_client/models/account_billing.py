from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    parse_date,
    wire_int,
)

from ..models.account_billing_payment_method import AccountBillingPaymentMethod
from ..models.account_billing_payment_plan import AccountBillingPaymentPlan
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_billing_addons_item import AccountBillingAddonsItem
    from ..models.account_billing_credit_card_type_0 import AccountBillingCreditCardType0


@_attrs_define
class AccountBilling(WireModel):
    """
    Attributes:
        list_size (str | Unset): Billing plan maximum list size Example: 2500.
        payment_plan (AccountBillingPaymentPlan | Unset): Payment plan Example: Monthly.
        subscription_price (int | Unset): Subscription price Example: 25.
        renewal_date (datetime.date | Unset): Subscription reneval date Example: 2017-01-01.
        currency_code (str | Unset): Currency code compliant with ISO-4217 Example: USD.
        account_balance (str | Unset): Account balance Example: -15.00.
        price (int | Unset): Price Example: 25.
        payment_method (AccountBillingPaymentMethod | Unset): Payment method Example: credit_card.
        credit_card (AccountBillingCreditCardType0 | None | Unset):
        addons (list[AccountBillingAddonsItem] | Unset): Addons
    """

    list_size: str | Unset = UNSET
    payment_plan: AccountBillingPaymentPlan | Unset = UNSET
    subscription_price: int | Unset = UNSET
    renewal_date: datetime.date | Unset = UNSET
    currency_code: str | Unset = UNSET
    account_balance: str | Unset = UNSET
    price: int | Unset = UNSET
    payment_method: AccountBillingPaymentMethod | Unset = UNSET
    credit_card: AccountBillingCreditCardType0 | None | Unset = UNSET
    addons: list[AccountBillingAddonsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_payment_plan(json_value_: Any) -> AccountBillingPaymentPlan | Unset:
    _payment_plan = json_value_
    payment_plan: AccountBillingPaymentPlan | Unset
    if isinstance(_payment_plan, Unset):
        payment_plan = UNSET
    else:
        payment_plan = AccountBillingPaymentPlan(_payment_plan)

    return payment_plan


def _decode_renewal_date(json_value_: Any) -> datetime.date | Unset:
    _renewal_date = json_value_
    renewal_date: datetime.date | Unset
    if isinstance(_renewal_date, Unset):
        renewal_date = UNSET
    else:
        renewal_date = datetime.date.fromisoformat(_renewal_date)

    return renewal_date


def _decode_payment_method(json_value_: Any) -> AccountBillingPaymentMethod | Unset:
    _payment_method = json_value_
    payment_method: AccountBillingPaymentMethod | Unset
    if isinstance(_payment_method, Unset):
        payment_method = UNSET
    else:
        payment_method = AccountBillingPaymentMethod(_payment_method)

    return payment_method


def _decode_credit_card(json_value_: Any) -> AccountBillingCreditCardType0 | None | Unset:
    def _parse_credit_card(data: object) -> AccountBillingCreditCardType0 | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            credit_card_type_0 = AccountBillingCreditCardType0.from_dict(data)

            return credit_card_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AccountBillingCreditCardType0 | None | Unset, data)

    credit_card = _parse_credit_card(json_value_)

    return credit_card


def _decode_addons(json_value_: Any) -> list[AccountBillingAddonsItem] | Unset:
    _addons = json_value_
    addons: list[AccountBillingAddonsItem] | Unset = UNSET
    if _addons is not UNSET:
        addons = []
        for addons_item_data in _addons:
            addons_item = AccountBillingAddonsItem.from_dict(addons_item_data)

            addons.append(addons_item)

    return addons


def _from_dict(cls: type[AccountBilling], src_dict: Mapping[str, Any]) -> AccountBilling:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.list_size = get("listSize", UNSET)
    value = get("paymentPlan", UNSET)
    if type(value) is str:
        try:
            self.payment_plan = _members_payment_plan[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.payment_plan = AccountBillingPaymentPlan(value)
    elif absent(value):
        self.payment_plan = value
    else:
        try:
            self.payment_plan = _decode_payment_plan(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "payment_plan", value, error)
    value = get("subscriptionPrice", UNSET)
    if type(value) is int or absent(value):
        self.subscription_price = value
    else:
        try:
            self.subscription_price = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscription_price", value, error)
    value = get("renewalDate", UNSET)
    if type(value) is str:
        try:
            self.renewal_date = parse_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "renewal_date", value, error)
    elif absent(value):
        self.renewal_date = value
    else:
        try:
            self.renewal_date = _decode_renewal_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "renewal_date", value, error)
    self.currency_code = get("currencyCode", UNSET)
    self.account_balance = get("accountBalance", UNSET)
    value = get("price", UNSET)
    if type(value) is int or absent(value):
        self.price = value
    else:
        try:
            self.price = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "price", value, error)
    value = get("paymentMethod", UNSET)
    if type(value) is str:
        try:
            self.payment_method = _members_payment_method[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.payment_method = AccountBillingPaymentMethod(value)
    elif absent(value):
        self.payment_method = value
    else:
        try:
            self.payment_method = _decode_payment_method(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "payment_method", value, error)
    value = get("creditCard", UNSET)
    if absent(value):
        self.credit_card = value
    else:
        try:
            self.credit_card = _decode_credit_card(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "credit_card", value, error)
    value = get("addons", UNSET)
    if absent(value):
        self.addons = value
    else:
        try:
            self.addons = _decode_addons(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "addons", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountBilling._wire_fields}


setattr(AccountBilling, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AccountBilling._wire_names = {
    "list_size": "listSize",
    "payment_plan": "paymentPlan",
    "subscription_price": "subscriptionPrice",
    "renewal_date": "renewalDate",
    "currency_code": "currencyCode",
    "account_balance": "accountBalance",
    "price": "price",
    "payment_method": "paymentMethod",
    "credit_card": "creditCard",
    "addons": "addons",
}
AccountBilling._wire_fields = frozenset(AccountBilling._wire_names.values())
AccountBilling._decoders = {
    "list_size": None,
    "payment_plan": _decode_payment_plan,
    "subscription_price": wire_int,
    "renewal_date": _decode_renewal_date,
    "currency_code": None,
    "account_balance": None,
    "price": wire_int,
    "payment_method": _decode_payment_method,
    "credit_card": _decode_credit_card,
    "addons": _decode_addons,
}
AccountBilling._extra_decoder = _decode_additional_properties
_members_payment_plan = enum_members(AccountBillingPaymentPlan)
_members_payment_method = enum_members(AccountBillingPaymentMethod)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.account_billing_addons_item import AccountBillingAddonsItem  # noqa: E402
from ..models.account_billing_credit_card_type_0 import AccountBillingCreditCardType0  # noqa: E402
