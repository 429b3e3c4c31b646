from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class GdprConditionConsentDate(WireModel):
    """Specify when consent was given or not given.

    Attributes:
        operator (GdprConditionConsentDateOperator): This field allows you to specify how you want to narrow down the
            search results by date.
        date (datetime.date | Unset): Date in the Y-m-d format. Example: 2024-11-08.
    """

    operator: GdprConditionConsentDateOperator
    date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GdprConditionConsentDate._wire_fields}


GdprConditionConsentDate._extra_decoder = _decode_additional_properties

bind_fields(
    GdprConditionConsentDate,
    {
        "operator": WireField("operator", required=True, enum=GdprConditionConsentDateOperator),
        "date": WireField("date", decode=parse_date),
    },
    additional_properties=True,
)
