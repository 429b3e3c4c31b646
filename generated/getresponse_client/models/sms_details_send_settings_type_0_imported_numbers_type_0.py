from __future__ import annotations

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
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
class SmsDetailsSendSettingsType0ImportedNumbersType0(WireModel):
    """The details of recipients whose numbers are imported (recipientsType = \\"importedNumbers\\").

    Attributes:
        count (int | Unset): Number of phone numbers entered manually Example: 10.
    """

    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[SmsDetailsSendSettingsType0ImportedNumbersType0], src_dict: Mapping[str, Any]
) -> SmsDetailsSendSettingsType0ImportedNumbersType0:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("count", UNSET)
    if type(value) is int or absent(value):
        self.count = value
    else:
        try:
            self.count = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "count", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in SmsDetailsSendSettingsType0ImportedNumbersType0._wire_fields
    }


setattr(
    SmsDetailsSendSettingsType0ImportedNumbersType0, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SmsDetailsSendSettingsType0ImportedNumbersType0._wire_names = {
    "count": "count",
}
SmsDetailsSendSettingsType0ImportedNumbersType0._wire_fields = frozenset(
    SmsDetailsSendSettingsType0ImportedNumbersType0._wire_names.values()
)
SmsDetailsSendSettingsType0ImportedNumbersType0._decoders = {
    "count": wire_int,
}
SmsDetailsSendSettingsType0ImportedNumbersType0._extra_decoder = _decode_additional_properties
