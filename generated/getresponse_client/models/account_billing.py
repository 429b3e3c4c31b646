from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.account_billing_payment_method import AccountBillingPaymentMethod
from ..models.account_billing_payment_plan import AccountBillingPaymentPlan
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_billing_addons_item import AccountBillingAddonsItem
    from ..models.account_billing_credit_card_type_0 import AccountBillingCreditCardType0


T = TypeVar("T", bound="AccountBilling")


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

    def _encode(self) -> dict[str, Any]:
        from ..models.account_billing_credit_card_type_0 import AccountBillingCreditCardType0  # noqa: PLC0415

        list_size = self.list_size

        payment_plan: str | Unset = UNSET
        if not isinstance(self.payment_plan, Unset):
            payment_plan = self.payment_plan.value

        subscription_price = self.subscription_price

        renewal_date: str | Unset = UNSET
        if not isinstance(self.renewal_date, Unset):
            renewal_date = self.renewal_date.isoformat()

        currency_code = self.currency_code

        account_balance = self.account_balance

        price = self.price

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        credit_card: dict[str, Any] | None | Unset
        if isinstance(self.credit_card, Unset):
            credit_card = UNSET
        elif isinstance(self.credit_card, AccountBillingCreditCardType0):
            credit_card = self.credit_card.to_dict()
        else:
            credit_card = self.credit_card

        addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = []
            for addons_item_data in self.addons:
                addons_item = addons_item_data.to_dict()
                addons.append(addons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_size is not UNSET:
            field_dict["listSize"] = list_size
        if payment_plan is not UNSET:
            field_dict["paymentPlan"] = payment_plan
        if subscription_price is not UNSET:
            field_dict["subscriptionPrice"] = subscription_price
        if renewal_date is not UNSET:
            field_dict["renewalDate"] = renewal_date
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if account_balance is not UNSET:
            field_dict["accountBalance"] = account_balance
        if price is not UNSET:
            field_dict["price"] = price
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if credit_card is not UNSET:
            field_dict["creditCard"] = credit_card
        if addons is not UNSET:
            field_dict["addons"] = addons

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_list_size(self: AccountBilling) -> Any:
    list_size = self.list_size
    return list_size


def _decode_payment_plan(json_value_: Any) -> AccountBillingPaymentPlan | Unset:
    _payment_plan = json_value_
    payment_plan: AccountBillingPaymentPlan | Unset
    if isinstance(_payment_plan, Unset):
        payment_plan = UNSET
    else:
        payment_plan = AccountBillingPaymentPlan(_payment_plan)

    return payment_plan


def _encode_payment_plan(self: AccountBilling) -> Any:
    payment_plan: str | Unset = UNSET
    if not isinstance(self.payment_plan, Unset):
        payment_plan = self.payment_plan.value

    return payment_plan


def _encode_subscription_price(self: AccountBilling) -> Any:
    subscription_price = self.subscription_price
    return subscription_price


def _decode_renewal_date(json_value_: Any) -> datetime.date | Unset:
    _renewal_date = json_value_
    renewal_date: datetime.date | Unset
    if isinstance(_renewal_date, Unset):
        renewal_date = UNSET
    else:
        renewal_date = datetime.date.fromisoformat(_renewal_date)

    return renewal_date


def _encode_renewal_date(self: AccountBilling) -> Any:
    renewal_date: str | Unset = UNSET
    if not isinstance(self.renewal_date, Unset):
        renewal_date = self.renewal_date.isoformat()
    return renewal_date


def _encode_currency_code(self: AccountBilling) -> Any:
    currency_code = self.currency_code
    return currency_code


def _encode_account_balance(self: AccountBilling) -> Any:
    account_balance = self.account_balance
    return account_balance


def _encode_price(self: AccountBilling) -> Any:
    price = self.price
    return price


def _decode_payment_method(json_value_: Any) -> AccountBillingPaymentMethod | Unset:
    _payment_method = json_value_
    payment_method: AccountBillingPaymentMethod | Unset
    if isinstance(_payment_method, Unset):
        payment_method = UNSET
    else:
        payment_method = AccountBillingPaymentMethod(_payment_method)

    return payment_method


def _encode_payment_method(self: AccountBilling) -> Any:
    payment_method: str | Unset = UNSET
    if not isinstance(self.payment_method, Unset):
        payment_method = self.payment_method.value

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


def _encode_credit_card(self: AccountBilling) -> Any:
    credit_card: dict[str, Any] | None | Unset
    if isinstance(self.credit_card, Unset):
        credit_card = UNSET
    elif isinstance(self.credit_card, AccountBillingCreditCardType0):
        credit_card = self.credit_card.to_dict()
    else:
        credit_card = self.credit_card
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


def _encode_addons(self: AccountBilling) -> Any:
    addons: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.addons, Unset):
        addons = []
        for addons_item_data in self.addons:
            addons_item = addons_item_data.to_dict()
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
    if absent(value):
        self.payment_plan = value
    else:
        try:
            self.payment_plan = _decode_payment_plan(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "payment_plan", value, error)
    self.subscription_price = get("subscriptionPrice", UNSET)
    value = get("renewalDate", UNSET)
    if absent(value):
        self.renewal_date = value
    else:
        try:
            self.renewal_date = _decode_renewal_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "renewal_date", value, error)
    self.currency_code = get("currencyCode", UNSET)
    self.account_balance = get("accountBalance", UNSET)
    self.price = get("price", UNSET)
    value = get("paymentMethod", UNSET)
    if absent(value):
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
    "subscription_price": None,
    "renewal_date": _decode_renewal_date,
    "currency_code": None,
    "account_balance": None,
    "price": None,
    "payment_method": _decode_payment_method,
    "credit_card": _decode_credit_card,
    "addons": _decode_addons,
}
AccountBilling._encoders = {
    "list_size": _encode_list_size,
    "payment_plan": _encode_payment_plan,
    "subscription_price": _encode_subscription_price,
    "renewal_date": _encode_renewal_date,
    "currency_code": _encode_currency_code,
    "account_balance": _encode_account_balance,
    "price": _encode_price,
    "payment_method": _encode_payment_method,
    "credit_card": _encode_credit_card,
    "addons": _encode_addons,
}
AccountBilling._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.account_billing_addons_item import AccountBillingAddonsItem  # noqa: E402
from ..models.account_billing_credit_card_type_0 import AccountBillingCreditCardType0  # noqa: E402
