from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

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
    from ..models.transactional_email_recipient import TransactionalEmailRecipient
    from ..models.transactional_email_recipient_to import TransactionalEmailRecipientTo
    from .transactional_email_recipient import TransactionalEmailRecipientDict
    from .transactional_email_recipient_to import TransactionalEmailRecipientToDict


@_attrs_define
class TransactionalEmailRecipients(WireModel):
    """
    Attributes:
        to (TransactionalEmailRecipientTo):
        cc (list[TransactionalEmailRecipient] | Unset):
        bcc (list[TransactionalEmailRecipient] | Unset):
    """

    to: TransactionalEmailRecipientTo
    cc: list[TransactionalEmailRecipient] | Unset = UNSET
    bcc: list[TransactionalEmailRecipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_to(json_value_: Any) -> TransactionalEmailRecipientTo:
    to = TransactionalEmailRecipientTo.from_dict(json_value_)

    return to


def _decode_cc(json_value_: Any) -> list[TransactionalEmailRecipient] | Unset:
    _cc = json_value_
    cc: list[TransactionalEmailRecipient] | Unset = UNSET
    if _cc is not UNSET:
        cc = []
        for cc_item_data in _cc:
            cc_item = TransactionalEmailRecipient.from_dict(cc_item_data)

            cc.append(cc_item)

    return cc


def _decode_bcc(json_value_: Any) -> list[TransactionalEmailRecipient] | Unset:
    _bcc = json_value_
    bcc: list[TransactionalEmailRecipient] | Unset = UNSET
    if _bcc is not UNSET:
        bcc = []
        for bcc_item_data in _bcc:
            bcc_item = TransactionalEmailRecipient.from_dict(bcc_item_data)

            bcc.append(bcc_item)

    return bcc


def _from_dict(cls: type[TransactionalEmailRecipients], src_dict: Mapping[str, Any]) -> TransactionalEmailRecipients:
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
        self.to = TransactionalEmailRecipientTo.from_dict(value)
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
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipients._wire_fields}


class TransactionalEmailRecipientsDict(TypedDict, total=False):
    """TransactionalEmailRecipients as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    to: Required[TransactionalEmailRecipientTo | TransactionalEmailRecipientToDict]
    cc: list[TransactionalEmailRecipient | TransactionalEmailRecipientDict]
    bcc: list[TransactionalEmailRecipient | TransactionalEmailRecipientDict]


setattr(TransactionalEmailRecipients, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TransactionalEmailRecipients._wire_names = {
    "to": "to",
    "cc": "cc",
    "bcc": "bcc",
}
TransactionalEmailRecipients._wire_fields = frozenset(TransactionalEmailRecipients._wire_names.values())
TransactionalEmailRecipients._decoders = {
    "to": _decode_to,
    "cc": _decode_cc,
    "bcc": _decode_bcc,
}
TransactionalEmailRecipients._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_recipient import TransactionalEmailRecipient  # noqa: E402
from ..models.transactional_email_recipient_to import TransactionalEmailRecipientTo  # noqa: E402
