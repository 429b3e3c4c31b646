from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_sms_to_imported_numbers_send_settings_imported_numbers_item import (
        SendSmsToImportedNumbersSendSettingsImportedNumbersItem,
    )


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendSmsToImportedNumbersSendSettings._wire_fields}


SendSmsToImportedNumbersSendSettings._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.send_sms_to_imported_numbers_send_settings_imported_numbers_item import (
    SendSmsToImportedNumbersSendSettingsImportedNumbersItem,  # noqa: E402
)

bind_fields(
    SendSmsToImportedNumbersSendSettings,
    {
        "imported_numbers": WireField("importedNumbers", required=True, decode=_decode_imported_numbers, keep=True),
        "sender_name_id": WireField("senderNameId"),
    },
    additional_properties=True,
)
