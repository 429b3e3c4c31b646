from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_details_send_settings_type_0_contacts_type_0 import SmsDetailsSendSettingsType0ContactsType0
    from ..models.sms_details_send_settings_type_0_imported_numbers_type_0 import (
        SmsDetailsSendSettingsType0ImportedNumbersType0,
    )


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SmsDetailsSendSettingsType0(WireModel):
    """How the message will be delivered to the subscriber

    Attributes:
        contacts (None | SmsDetailsSendSettingsType0ContactsType0 | Unset): The details of recipients who are in your
            contact list (recipientsType = \\"contacts\\").
        imported_numbers (None | SmsDetailsSendSettingsType0ImportedNumbersType0 | Unset): The details of recipients
            whose numbers are imported (recipientsType = \\"importedNumbers\\").
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    contacts: None | SmsDetailsSendSettingsType0ContactsType0 | Unset = UNSET
    imported_numbers: None | SmsDetailsSendSettingsType0ImportedNumbersType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_contacts(json_value_: Any) -> None | SmsDetailsSendSettingsType0ContactsType0 | Unset:
    def _parse_contacts(data: object) -> None | SmsDetailsSendSettingsType0ContactsType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            contacts_type_0 = SmsDetailsSendSettingsType0ContactsType0.from_dict(data)

            return contacts_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | SmsDetailsSendSettingsType0ContactsType0 | Unset, data)

    contacts = _parse_contacts(json_value_)

    return contacts


def _decode_imported_numbers(json_value_: Any) -> None | SmsDetailsSendSettingsType0ImportedNumbersType0 | Unset:
    def _parse_imported_numbers(data: object) -> None | SmsDetailsSendSettingsType0ImportedNumbersType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            imported_numbers_type_0 = SmsDetailsSendSettingsType0ImportedNumbersType0.from_dict(data)

            return imported_numbers_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | SmsDetailsSendSettingsType0ImportedNumbersType0 | Unset, data)

    imported_numbers = _parse_imported_numbers(json_value_)

    return imported_numbers


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_details_send_settings_type_0_contacts_type_0 import SmsDetailsSendSettingsType0ContactsType0  # noqa: E402
from ..models.sms_details_send_settings_type_0_imported_numbers_type_0 import (
    SmsDetailsSendSettingsType0ImportedNumbersType0,  # noqa: E402
)

bind_fields(
    SmsDetailsSendSettingsType0,
    {
        "contacts": WireField("contacts", decode=_decode_contacts, keep=True),
        "imported_numbers": WireField("importedNumbers", decode=_decode_imported_numbers, keep=True),
    },
    additional_properties=True,
)
