from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="SendSmsToImportedNumbersSendSettingsImportedNumbersItem")


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

    def _encode(self) -> dict[str, Any]:
        phone = self.phone

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "countryCode": country_code,
            }
        )

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


def _decode_phone(d: Mapping[str, Any]) -> str:
    phone: str = d["phone"]
    return phone


def _decode_country_code(d: Mapping[str, Any]) -> str:
    country_code: str = d["countryCode"]
    return country_code


def _encode_phone(self: SendSmsToImportedNumbersSendSettingsImportedNumbersItem) -> Any:
    phone = self.phone
    return phone


def _encode_country_code(self: SendSmsToImportedNumbersSendSettingsImportedNumbersItem) -> Any:
    country_code = self.country_code
    return country_code


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_fields
    }


SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_names = {
    "phone": "phone",
    "country_code": "countryCode",
}
SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_fields = frozenset(
    SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_names.values()
)
SendSmsToImportedNumbersSendSettingsImportedNumbersItem._decoders = {
    "phone": _decode_phone,
    "country_code": _decode_country_code,
    "additional_properties": _decode_additional_properties,
}
SendSmsToImportedNumbersSendSettingsImportedNumbersItem._encoders = {
    "phone": _encode_phone,
    "country_code": _encode_country_code,
}
