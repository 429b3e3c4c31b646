from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_sms_to_imported_numbers_send_settings_imported_numbers_item import (
        SendSmsToImportedNumbersSendSettingsImportedNumbersItem,
    )


@_attrs_define
class SendSmsToImportedNumbersSendSettings(WireModel):
    """How the message will be delivered to the subscriber

    Attributes:
        imported_numbers (list[SendSmsToImportedNumbersSendSettingsImportedNumbersItem]): Phone numbers to send the
            message to
        sender_name_id (str | Unset): ID of the sender name used to send SMS message. Example: SnId.
    """

    imported_numbers: list[SendSmsToImportedNumbersSendSettingsImportedNumbersItem]
    sender_name_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_imported_numbers(json_value_: Any) -> list[SendSmsToImportedNumbersSendSettingsImportedNumbersItem]:
    imported_numbers = []
    _imported_numbers = json_value_
    for imported_numbers_item_data in _imported_numbers:
        imported_numbers_item = SendSmsToImportedNumbersSendSettingsImportedNumbersItem.from_dict(
            imported_numbers_item_data
        )

        imported_numbers.append(imported_numbers_item)

    return imported_numbers


def _from_dict(
    cls: type[SendSmsToImportedNumbersSendSettings], src_dict: Mapping[str, Any]
) -> SendSmsToImportedNumbersSendSettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("importedNumbers", UNSET)
    if value is UNSET:
        not_in_response(self, "imported_numbers")
    elif absent(value):
        self.imported_numbers = value
    else:
        try:
            self.imported_numbers = _decode_imported_numbers(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "imported_numbers", value, error)
    self.sender_name_id = get("senderNameId", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendSmsToImportedNumbersSendSettings._wire_fields}


setattr(
    SendSmsToImportedNumbersSendSettings, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SendSmsToImportedNumbersSendSettings._wire_names = {
    "imported_numbers": "importedNumbers",
    "sender_name_id": "senderNameId",
}
SendSmsToImportedNumbersSendSettings._wire_fields = frozenset(SendSmsToImportedNumbersSendSettings._wire_names.values())
SendSmsToImportedNumbersSendSettings._decoders = {
    "imported_numbers": _decode_imported_numbers,
    "sender_name_id": None,
}
SendSmsToImportedNumbersSendSettings._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.send_sms_to_imported_numbers_send_settings_imported_numbers_item import (
    SendSmsToImportedNumbersSendSettingsImportedNumbersItem,  # noqa: E402
)
