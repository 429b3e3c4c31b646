from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_details_send_settings_type_0_contacts_type_0 import SmsDetailsSendSettingsType0ContactsType0
    from ..models.sms_details_send_settings_type_0_imported_numbers_type_0 import (
        SmsDetailsSendSettingsType0ImportedNumbersType0,
    )


@_attrs_define
class SmsDetailsSendSettingsType0(WireModel):
    """How the message will be delivered to the subscriber

    Attributes:
        contacts (None | SmsDetailsSendSettingsType0ContactsType0 | Unset): The details of recipients who are in your
            contact list (recipientsType = \\"contacts\\").
        imported_numbers (None | SmsDetailsSendSettingsType0ImportedNumbersType0 | Unset): The details of recipients
            whose numbers are imported (recipientsType = \\"importedNumbers\\").
    """

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


def _from_dict(cls: type[SmsDetailsSendSettingsType0], src_dict: Mapping[str, Any]) -> SmsDetailsSendSettingsType0:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("contacts", UNSET)
    if absent(value):
        self.contacts = value
    else:
        try:
            self.contacts = _decode_contacts(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "contacts", value, error)
    value = get("importedNumbers", UNSET)
    if absent(value):
        self.imported_numbers = value
    else:
        try:
            self.imported_numbers = _decode_imported_numbers(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "imported_numbers", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsDetailsSendSettingsType0._wire_fields}


setattr(SmsDetailsSendSettingsType0, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsDetailsSendSettingsType0._wire_names = {
    "contacts": "contacts",
    "imported_numbers": "importedNumbers",
}
SmsDetailsSendSettingsType0._wire_fields = frozenset(SmsDetailsSendSettingsType0._wire_names.values())
SmsDetailsSendSettingsType0._decoders = {
    "contacts": _decode_contacts,
    "imported_numbers": _decode_imported_numbers,
}
SmsDetailsSendSettingsType0._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_details_send_settings_type_0_contacts_type_0 import SmsDetailsSendSettingsType0ContactsType0  # noqa: E402
from ..models.sms_details_send_settings_type_0_imported_numbers_type_0 import (
    SmsDetailsSendSettingsType0ImportedNumbersType0,  # noqa: E402
)
