from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_date,
)

from ..models.gdpr_condition_consent_date_operator import GdprConditionConsentDateOperator
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class GdprConditionConsentDate(WireModel):
    """Specify when consent was given or not given.

    Attributes:
        operator (GdprConditionConsentDateOperator): This field allows you to specify how you want to narrow down the
            search results by date.
        date (datetime.date | Unset): Date in the Y-m-d format. Example: 2024-11-08.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    operator: GdprConditionConsentDateOperator
    date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    GdprConditionConsentDate,
    {
        "operator": WireField("operator", required=True, enum=GdprConditionConsentDateOperator),
        "date": WireField("date", decode=parse_date),
    },
    additional_properties=True,
)
