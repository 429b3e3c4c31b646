from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define
class SuppressionDetails(WireModel):
    """
    Attributes:
        suppression_id (str): The suppression ID Example: pypF.
        name (str | Unset): The name of the suppression list Example: suppression-name.
        created_on (datetime.datetime | Unset): Created on DateTime in the ISO8601 format Example:
            2018-07-26T06:33:13+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/suppressions/pypF.
        masks (list[str] | Unset):
    """

    suppression_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    masks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_masks(json_value_: Any) -> list[str] | Unset:
    masks = cast(list[str], json_value_)

    return masks


def _from_dict(cls: type[SuppressionDetails], src_dict: Mapping[str, Any]) -> SuppressionDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("suppressionId", UNSET)
    if value is UNSET:
        not_in_response(self, "suppression_id")
    else:
        self.suppression_id = value
    self.name = get("name", UNSET)
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
    self.href = get("href", UNSET)
    value = get("masks", UNSET)
    if absent(value):
        self.masks = value
    else:
        try:
            self.masks = _decode_masks(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "masks", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SuppressionDetails._wire_fields}


setattr(SuppressionDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SuppressionDetails._wire_names = {
    "suppression_id": "suppressionId",
    "name": "name",
    "created_on": "createdOn",
    "href": "href",
    "masks": "masks",
}
SuppressionDetails._wire_fields = frozenset(SuppressionDetails._wire_names.values())
SuppressionDetails._decoders = {
    "suppression_id": None,
    "name": None,
    "created_on": _decode_created_on,
    "href": None,
    "masks": _decode_masks,
}
SuppressionDetails._extra_decoder = _decode_additional_properties
