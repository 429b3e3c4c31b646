from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_date,
    wire_int,
)

from ..models.account_billing_payment_method import AccountBillingPaymentMethod
from ..models.account_billing_payment_plan import AccountBillingPaymentPlan
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_billing_addons_item import AccountBillingAddonsItem
    from ..models.account_billing_credit_card_type_0 import AccountBillingCreditCardType0


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.account_billing_addons_item import AccountBillingAddonsItem  # noqa: E402
from ..models.account_billing_credit_card_type_0 import AccountBillingCreditCardType0  # noqa: E402

bind_fields(
    AccountBilling,
    {
        "list_size": WireField("listSize"),
        "payment_plan": WireField("paymentPlan", enum=AccountBillingPaymentPlan),
        "subscription_price": WireField("subscriptionPrice", decode=wire_int),
        "renewal_date": WireField("renewalDate", decode=parse_date),
        "currency_code": WireField("currencyCode"),
        "account_balance": WireField("accountBalance"),
        "price": WireField("price", decode=wire_int),
        "payment_method": WireField("paymentMethod", enum=AccountBillingPaymentMethod),
        "credit_card": WireField("creditCard", decode=_decode_credit_card, keep=True),
        "addons": WireField("addons", decode=_decode_addons, keep=True),
    },
    additional_properties=True,
)
