from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    suppression_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    masks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_masks(json_value_: Any) -> list[str] | Unset:
    masks = cast(list[str], json_value_)

    return masks


bind_fields(
    SuppressionDetails,
    {
        "suppression_id": WireField("suppressionId", required=True),
        "name": WireField("name"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
        "masks": WireField("masks", decode=_decode_masks, keep=True),
    },
    additional_properties=True,
)
