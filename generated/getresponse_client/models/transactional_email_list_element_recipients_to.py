from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_recipient_sent_on_status import TransactionalEmailRecipientSentOnStatus


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailListElementRecipientsTo(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
        statuses (TransactionalEmailRecipientSentOnStatus | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = UNSET
    statuses: TransactionalEmailRecipientSentOnStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_recipient_sent_on_status import TransactionalEmailRecipientSentOnStatus  # noqa: E402

bind_fields(
    TransactionalEmailListElementRecipientsTo,
    {
        "email": WireField("email", required=True),
        "name": WireField("name"),
        "status": WireField("status", enum=TransactionalEmailRecipientStatus),
        "statuses": WireField("statuses", decode=TransactionalEmailRecipientSentOnStatus.from_dict, keep=True),
    },
    additional_properties=True,
)
