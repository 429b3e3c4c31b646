from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SmsDetailsSendSettingsType0ImportedNumbersType0(WireModel):
    """The details of recipients whose numbers are imported (recipientsType = \\"importedNumbers\\").

    Attributes:
        count (int | Unset): Number of phone numbers entered manually Example: 10.
    """

    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in SmsDetailsSendSettingsType0ImportedNumbersType0._wire_fields
    }


SmsDetailsSendSettingsType0ImportedNumbersType0._extra_decoder = _decode_additional_properties

bind_fields(
    SmsDetailsSendSettingsType0ImportedNumbersType0,
    {
        "count": WireField("count", decode=wire_int),
    },
    additional_properties=True,
)
