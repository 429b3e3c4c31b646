from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SendSmsToImportedNumbersSendSettingsImportedNumbersItem(WireModel):
    """
    Attributes:
        phone (str): Recipient's phone number Example: +447512345678.
        country_code (str): Recipient's country in ISO 3166-1 alpha-2 Example: PL.
    """

    phone: str
    country_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in SendSmsToImportedNumbersSendSettingsImportedNumbersItem._wire_fields
    }


SendSmsToImportedNumbersSendSettingsImportedNumbersItem._extra_decoder = _decode_additional_properties

bind_fields(
    SendSmsToImportedNumbersSendSettingsImportedNumbersItem,
    {
        "phone": WireField("phone", required=True),
        "country_code": WireField("countryCode", required=True),
    },
    additional_properties=True,
)
