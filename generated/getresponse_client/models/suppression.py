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
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class Suppression(WireModel):
    """
    Attributes:
        suppression_id (str): The suppression ID Example: pypF.
        name (str | Unset): The suppression name Example: suppression-name.
        created_on (datetime.datetime | Unset): Created on DateTime in the ISO8601 format Example:
            2018-07-26T06:33:13+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/suppressions/pypF.
    """

    suppression_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Suppression._wire_fields}


Suppression._extra_decoder = _decode_additional_properties

bind_fields(
    Suppression,
    {
        "suppression_id": WireField("suppressionId", required=True),
        "name": WireField("name"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
    },
    additional_properties=True,
)
