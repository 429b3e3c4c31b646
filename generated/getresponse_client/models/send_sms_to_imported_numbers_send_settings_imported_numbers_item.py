from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET


@_attrs_define
class SendSmsToImportedNumbersSendSettingsImportedNumbersItem(WireModel):
    """
    Attributes:
        phone (str): Recipient's phone number Example: +447512345678.
        country_code (str): Recipient's country in ISO 3166-1 alpha-2 Example: PL.
    """

    phone: str
    country_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[SendSmsToImportedNumbersSendSettingsImportedNumbersItem], src_dict: Mapping[str, Any]
) -> SendSmsToImportedNumbersSendSettingsImportedNumbersItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("phone", UNSET)
    if value is UNSET:
        not_in_response(self, "phone")
    else:
        self.phone = value
    value = get("countryCode", UNSET)
    if value is UNSET:
        not_in_response(self, "country_code")
    else:
        self.country_code = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_fields
    }


setattr(
    SendSmsToImportedNumbersSendSettingsImportedNumbersItem, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_names = {
    "phone": "phone",
    "country_code": "countryCode",
}
SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_fields = frozenset(
    SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_names.values()
)
SendSmsToImportedNumbersSendSettingsImportedNumbersItem._decoders = {
    "phone": None,
    "country_code": None,
}
SendSmsToImportedNumbersSendSettingsImportedNumbersItem._extra_decoder = _decode_additional_properties
