from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
    wire_int,
)

from ..models.e_commerce_number_of_purchases_condition_date_operator import (
    ECommerceNumberOfPurchasesConditionDateOperator,
)
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ECommerceNumberOfPurchasesConditionDate(WireModel):
    """Limit search by date range

    Attributes:
        operator (ECommerceNumberOfPurchasesConditionDateOperator): Set a date range operator
        number_of_days (int | Unset): Number of days, required for the last_n_days date operator Example: 20.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
        range_ (str | Unset): The date interval string compliant with ISO 8601, supported format: / Example:
            2018-04-01/2018-04-10.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    operator: ECommerceNumberOfPurchasesConditionDateOperator
    number_of_days: int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    range_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ECommerceNumberOfPurchasesConditionDate,
    {
        "operator": WireField("operator", required=True, enum=ECommerceNumberOfPurchasesConditionDateOperator),
        "number_of_days": WireField("numberOfDays", decode=wire_int),
        "include_current_period": WireField("includeCurrentPeriod", decode=wire_bool),
        "range_": WireField("range"),
    },
    additional_properties=True,
)
