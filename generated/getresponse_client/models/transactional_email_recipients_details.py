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
    from ..models.transactional_email_recipient_details import TransactionalEmailRecipientDetails


@_attrs_define
class TransactionalEmailRecipientsDetails(WireModel):
    """
    Attributes:
        to (TransactionalEmailRecipientDetails):
        cc (list[TransactionalEmailRecipientDetails] | Unset):
        bcc (list[TransactionalEmailRecipientDetails] | Unset):
    """

    to: TransactionalEmailRecipientDetails
    cc: list[TransactionalEmailRecipientDetails] | Unset = UNSET
    bcc: list[TransactionalEmailRecipientDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_to(json_value_: Any) -> TransactionalEmailRecipientDetails:
    to = TransactionalEmailRecipientDetails.from_dict(json_value_)

    return to


def _decode_cc(json_value_: Any) -> list[TransactionalEmailRecipientDetails] | Unset:
    _cc = json_value_
    cc: list[TransactionalEmailRecipientDetails] | Unset = UNSET
    if _cc is not UNSET:
        cc = []
        for cc_item_data in _cc:
            cc_item = TransactionalEmailRecipientDetails.from_dict(cc_item_data)

            cc.append(cc_item)

    return cc


def _decode_bcc(json_value_: Any) -> list[TransactionalEmailRecipientDetails] | Unset:
    _bcc = json_value_
    bcc: list[TransactionalEmailRecipientDetails] | Unset = UNSET
    if _bcc is not UNSET:
        bcc = []
        for bcc_item_data in _bcc:
            bcc_item = TransactionalEmailRecipientDetails.from_dict(bcc_item_data)

            bcc.append(bcc_item)

    return bcc


def _from_dict(
    cls: type[TransactionalEmailRecipientsDetails], src_dict: Mapping[str, Any]
) -> TransactionalEmailRecipientsDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("to", UNSET)
    if value is UNSET:
        not_in_response(self, "to")
    elif type(value) is dict:
        self.to = TransactionalEmailRecipientDetails.from_dict(value)
    elif absent(value):
        self.to = value
    else:
        try:
            self.to = _decode_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "to", value, error)
    value = get("cc", UNSET)
    if absent(value):
        self.cc = value
    else:
        try:
            self.cc = _decode_cc(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "cc", value, error)
    value = get("bcc", UNSET)
    if absent(value):
        self.bcc = value
    else:
        try:
            self.bcc = _decode_bcc(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "bcc", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipientsDetails._wire_fields}


setattr(
    TransactionalEmailRecipientsDetails, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailRecipientsDetails._wire_names = {
    "to": "to",
    "cc": "cc",
    "bcc": "bcc",
}
TransactionalEmailRecipientsDetails._wire_fields = frozenset(TransactionalEmailRecipientsDetails._wire_names.values())
TransactionalEmailRecipientsDetails._decoders = {
    "to": _decode_to,
    "cc": _decode_cc,
    "bcc": _decode_bcc,
}
TransactionalEmailRecipientsDetails._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_recipient_details import TransactionalEmailRecipientDetails  # noqa: E402
