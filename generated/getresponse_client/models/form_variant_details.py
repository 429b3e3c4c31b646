from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
    wire_int,
)

from ..models.form_variant_details_status import FormVariantDetailsStatus
from ..models.form_variant_details_winner import FormVariantDetailsWinner
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class FormVariantDetails(WireModel):
    """
    Attributes:
        form_id (str | Unset):  Example: pL4e.
        webform_id (str | Unset): Same as formId Example: pL4e.
        variant (str | Unset): The index of variants Example: 0.
        variant_name (str | Unset):  Example: Variant A.
        winner (FormVariantDetailsWinner | Unset): Is this variant the winner in the A/B test
        status (FormVariantDetailsStatus | Unset):
        created_on (datetime.datetime | Unset):  Example: 2018-07-09T15:45:12+0000.
        number_of_visitors (int | Unset): The total number of form visitors Example: 152.
        number_of_unique_visitors (int | Unset): The number of unique form visitors Example: 136.
        number_of_subscribers (int | Unset): The number of visitors who subscribed through this form Example: 94.
        subscription_rate (float | Unset): The ratio of numberOfSubscribers to numberOfVisitors Example: 0.62.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    form_id: str | Unset = UNSET
    webform_id: str | Unset = UNSET
    variant: str | Unset = UNSET
    variant_name: str | Unset = UNSET
    winner: FormVariantDetailsWinner | Unset = UNSET
    status: FormVariantDetailsStatus | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    number_of_visitors: int | Unset = UNSET
    number_of_unique_visitors: int | Unset = UNSET
    number_of_subscribers: int | Unset = UNSET
    subscription_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    FormVariantDetails,
    {
        "form_id": WireField("formId"),
        "webform_id": WireField("webformId"),
        "variant": WireField("variant"),
        "variant_name": WireField("variantName"),
        "winner": WireField("winner", enum=FormVariantDetailsWinner),
        "status": WireField("status", enum=FormVariantDetailsStatus),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "number_of_visitors": WireField("numberOfVisitors", decode=wire_int),
        "number_of_unique_visitors": WireField("numberOfUniqueVisitors", decode=wire_int),
        "number_of_subscribers": WireField("numberOfSubscribers", decode=wire_int),
        "subscription_rate": WireField("subscriptionRate"),
    },
    additional_properties=True,
)
