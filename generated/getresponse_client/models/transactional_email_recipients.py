from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_recipient import TransactionalEmailRecipient
    from ..models.transactional_email_recipient_to import TransactionalEmailRecipientTo
    from .transactional_email_recipient import TransactionalEmailRecipientDict
    from .transactional_email_recipient_to import TransactionalEmailRecipientToDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailRecipients(WireModel):
    """
    Attributes:
        to (TransactionalEmailRecipientTo):
        cc (list[TransactionalEmailRecipient] | Unset):
        bcc (list[TransactionalEmailRecipient] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    to: TransactionalEmailRecipientTo
    cc: list[TransactionalEmailRecipient] | Unset = UNSET
    bcc: list[TransactionalEmailRecipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


class TransactionalEmailRecipientsDict(TypedDict, total=False):
    """TransactionalEmailRecipients as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    to: Required[TransactionalEmailRecipientTo | TransactionalEmailRecipientToDict]
    cc: list[TransactionalEmailRecipient | TransactionalEmailRecipientDict]
    bcc: list[TransactionalEmailRecipient | TransactionalEmailRecipientDict]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_recipient import TransactionalEmailRecipient  # noqa: E402
from ..models.transactional_email_recipient_to import TransactionalEmailRecipientTo  # noqa: E402

bind_fields(
    TransactionalEmailRecipients,
    {
        "to": WireField("to", required=True, decode=TransactionalEmailRecipientTo.from_dict, keep=True),
        "cc": WireField("cc", decode=_decode_cc, keep=True),
        "bcc": WireField("bcc", decode=_decode_bcc, keep=True),
    },
    additional_properties=True,
)
