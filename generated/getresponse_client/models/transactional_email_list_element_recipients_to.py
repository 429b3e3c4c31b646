from __future__ import annotations

from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TransactionalEmailListElementRecipientsTo(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
        statuses (TransactionalEmailRecipientSentOnStatus | Unset):
    """

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = UNSET
    statuses: TransactionalEmailRecipientSentOnStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailListElementRecipientsTo._wire_fields}


TransactionalEmailListElementRecipientsTo._extra_decoder = _decode_additional_properties

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
