from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_details_send_settings_type_0_contacts_type_0 import SmsDetailsSendSettingsType0ContactsType0
    from ..models.sms_details_send_settings_type_0_imported_numbers_type_0 import (
        SmsDetailsSendSettingsType0ImportedNumbersType0,
    )


T = TypeVar("T", bound="SmsDetailsSendSettingsType0")


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

    def _encode(self) -> dict[str, Any]:
        from ..models.sms_details_send_settings_type_0_contacts_type_0 import SmsDetailsSendSettingsType0ContactsType0  # noqa: PLC0415
        from ..models.sms_details_send_settings_type_0_imported_numbers_type_0 import (
            SmsDetailsSendSettingsType0ImportedNumbersType0,  # noqa: PLC0415
        )

        contacts: dict[str, Any] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, SmsDetailsSendSettingsType0ContactsType0):
            contacts = self.contacts.to_dict()
        else:
            contacts = self.contacts

        imported_numbers: dict[str, Any] | None | Unset
        if isinstance(self.imported_numbers, Unset):
            imported_numbers = UNSET
        elif isinstance(self.imported_numbers, SmsDetailsSendSettingsType0ImportedNumbersType0):
            imported_numbers = self.imported_numbers.to_dict()
        else:
            imported_numbers = self.imported_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if imported_numbers is not UNSET:
            field_dict["importedNumbers"] = imported_numbers

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


def _encode_contacts(self: SmsDetailsSendSettingsType0) -> Any:
    contacts: dict[str, Any] | None | Unset
    if isinstance(self.contacts, Unset):
        contacts = UNSET
    elif isinstance(self.contacts, SmsDetailsSendSettingsType0ContactsType0):
        contacts = self.contacts.to_dict()
    else:
        contacts = self.contacts
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


def _encode_imported_numbers(self: SmsDetailsSendSettingsType0) -> Any:
    imported_numbers: dict[str, Any] | None | Unset
    if isinstance(self.imported_numbers, Unset):
        imported_numbers = UNSET
    elif isinstance(self.imported_numbers, SmsDetailsSendSettingsType0ImportedNumbersType0):
        imported_numbers = self.imported_numbers.to_dict()
    else:
        imported_numbers = self.imported_numbers
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
SmsDetailsSendSettingsType0._encoders = {
    "contacts": _encode_contacts,
    "imported_numbers": _encode_imported_numbers,
}
SmsDetailsSendSettingsType0._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_details_send_settings_type_0_contacts_type_0 import SmsDetailsSendSettingsType0ContactsType0  # noqa: E402
from ..models.sms_details_send_settings_type_0_imported_numbers_type_0 import (
    SmsDetailsSendSettingsType0ImportedNumbersType0,  # noqa: E402
)
