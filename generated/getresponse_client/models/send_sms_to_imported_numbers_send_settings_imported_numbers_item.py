from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SendSmsToImportedNumbersSendSettingsImportedNumbersItem(WireModel):
    """
    Attributes:
        phone (str): Recipient's phone number Example: +447512345678.
        country_code (str): Recipient's country in ISO 3166-1 alpha-2 Example: PL.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    phone: str
    country_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    SendSmsToImportedNumbersSendSettingsImportedNumbersItem,
    {
        "phone": WireField("phone", required=True),
        "country_code": WireField("countryCode", required=True),
    },
    additional_properties=True,
)
