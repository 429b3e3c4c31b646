from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    parse_datetime,
    wire_int,
)

from ..models.form_variant_details_status import FormVariantDetailsStatus
from ..models.form_variant_details_winner import FormVariantDetailsWinner
from ..types import UNSET, Unset


@_attrs_define
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


def _decode_winner(json_value_: Any) -> FormVariantDetailsWinner | Unset:
    _winner = json_value_
    winner: FormVariantDetailsWinner | Unset
    if isinstance(_winner, Unset):
        winner = UNSET
    else:
        winner = FormVariantDetailsWinner(_winner)

    return winner


def _decode_status(json_value_: Any) -> FormVariantDetailsStatus | Unset:
    _status = json_value_
    status: FormVariantDetailsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = FormVariantDetailsStatus(_status)

    return status


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[FormVariantDetails], src_dict: Mapping[str, Any]) -> FormVariantDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.form_id = get("formId", UNSET)
    self.webform_id = get("webformId", UNSET)
    self.variant = get("variant", UNSET)
    self.variant_name = get("variantName", UNSET)
    value = get("winner", UNSET)
    if type(value) is str:
        try:
            self.winner = _members_winner[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.winner = FormVariantDetailsWinner(value)
    elif absent(value):
        self.winner = value
    else:
        try:
            self.winner = _decode_winner(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winner", value, error)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = FormVariantDetailsStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
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
    value = get("numberOfVisitors", UNSET)
    if type(value) is int or absent(value):
        self.number_of_visitors = value
    else:
        try:
            self.number_of_visitors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "number_of_visitors", value, error)
    value = get("numberOfUniqueVisitors", UNSET)
    if type(value) is int or absent(value):
        self.number_of_unique_visitors = value
    else:
        try:
            self.number_of_unique_visitors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "number_of_unique_visitors", value, error)
    value = get("numberOfSubscribers", UNSET)
    if type(value) is int or absent(value):
        self.number_of_subscribers = value
    else:
        try:
            self.number_of_subscribers = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "number_of_subscribers", value, error)
    self.subscription_rate = get("subscriptionRate", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FormVariantDetails._wire_fields}


setattr(FormVariantDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FormVariantDetails._wire_names = {
    "form_id": "formId",
    "webform_id": "webformId",
    "variant": "variant",
    "variant_name": "variantName",
    "winner": "winner",
    "status": "status",
    "created_on": "createdOn",
    "number_of_visitors": "numberOfVisitors",
    "number_of_unique_visitors": "numberOfUniqueVisitors",
    "number_of_subscribers": "numberOfSubscribers",
    "subscription_rate": "subscriptionRate",
}
FormVariantDetails._wire_fields = frozenset(FormVariantDetails._wire_names.values())
FormVariantDetails._decoders = {
    "form_id": None,
    "webform_id": None,
    "variant": None,
    "variant_name": None,
    "winner": _decode_winner,
    "status": _decode_status,
    "created_on": _decode_created_on,
    "number_of_visitors": wire_int,
    "number_of_unique_visitors": wire_int,
    "number_of_subscribers": wire_int,
    "subscription_rate": None,
}
FormVariantDetails._extra_decoder = _decode_additional_properties
_members_winner = enum_members(FormVariantDetailsWinner)
_members_status = enum_members(FormVariantDetailsStatus)
