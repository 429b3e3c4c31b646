from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailListElementRecipients(WireModel):
    """
    Attributes:
        to (TransactionalEmailListElementRecipientsTo):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    to: TransactionalEmailListElementRecipientsTo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo  # noqa: E402

bind_fields(
    TransactionalEmailListElementRecipients,
    {
        "to": WireField("to", required=True, decode=TransactionalEmailListElementRecipientsTo.from_dict, keep=True),
    },
    additional_properties=True,
)
