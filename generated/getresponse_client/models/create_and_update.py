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
class CreateAndUpdate(WireModel):
    """
    Attributes:
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
    """

    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateAndUpdate._wire_fields}


CreateAndUpdate._extra_decoder = _decode_additional_properties

bind_fields(
    CreateAndUpdate,
    {
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
    },
    additional_properties=True,
)
