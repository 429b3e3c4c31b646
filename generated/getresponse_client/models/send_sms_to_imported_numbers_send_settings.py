from __future__ import annotations

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SendSmsToImportedNumbersSendSettings(WireModel):
    """How the message will be delivered to the subscriber

    Attributes:
        imported_numbers (list[SendSmsToImportedNumbersSendSettingsImportedNumbersItem]): Phone numbers to send the
            message to
        sender_name_id (str | Unset): ID of the sender name used to send SMS message. Example: SnId.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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
