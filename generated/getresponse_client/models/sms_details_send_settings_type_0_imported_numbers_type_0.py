from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsDetailsSendSettingsType0ImportedNumbersType0")


@_attrs_define
class SmsDetailsSendSettingsType0ImportedNumbersType0(WireModel):
    """The details of recipients whose numbers are imported (recipientsType = \\"importedNumbers\\").

    Attributes:
        count (int | Unset): Number of phone numbers entered manually Example: 10.
    """

    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_count(d: Mapping[str, Any]) -> int | Unset:
    count: int | Unset = d.get("count", UNSET)
    return count


def _encode_count(self: SmsDetailsSendSettingsType0ImportedNumbersType0) -> Any:
    count = self.count
    return count


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in SmsDetailsSendSettingsType0ImportedNumbersType0._wire_fields
    }


SmsDetailsSendSettingsType0ImportedNumbersType0._wire_names = {
    "count": "count",
}
SmsDetailsSendSettingsType0ImportedNumbersType0._wire_fields = frozenset(
    SmsDetailsSendSettingsType0ImportedNumbersType0._wire_names.values()
)
SmsDetailsSendSettingsType0ImportedNumbersType0._decoders = {
    "count": _decode_count,
    "additional_properties": _decode_additional_properties,
}
SmsDetailsSendSettingsType0ImportedNumbersType0._encoders = {
    "count": _encode_count,
}
