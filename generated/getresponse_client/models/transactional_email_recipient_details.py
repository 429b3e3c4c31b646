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
    from ..models.transactional_email_recipient_clicked_link import TransactionalEmailRecipientClickedLink
    from ..models.transactional_email_recipient_statuses import TransactionalEmailRecipientStatuses


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailRecipientDetails(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
        statuses (TransactionalEmailRecipientStatuses | Unset):
        clicked_links (list[TransactionalEmailRecipientClickedLink] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = UNSET
    statuses: TransactionalEmailRecipientStatuses | Unset = UNSET
    clicked_links: list[TransactionalEmailRecipientClickedLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_clicked_links(json_value_: Any) -> list[TransactionalEmailRecipientClickedLink] | Unset:
    _clicked_links = json_value_
    clicked_links: list[TransactionalEmailRecipientClickedLink] | Unset = UNSET
    if _clicked_links is not UNSET:
        clicked_links = []
        for clicked_links_item_data in _clicked_links:
            clicked_links_item = TransactionalEmailRecipientClickedLink.from_dict(clicked_links_item_data)

            clicked_links.append(clicked_links_item)

    return clicked_links


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_recipient_clicked_link import TransactionalEmailRecipientClickedLink  # noqa: E402
from ..models.transactional_email_recipient_statuses import TransactionalEmailRecipientStatuses  # noqa: E402

bind_fields(
    TransactionalEmailRecipientDetails,
    {
        "email": WireField("email", required=True),
        "name": WireField("name"),
        "status": WireField("status", enum=TransactionalEmailRecipientStatus),
        "statuses": WireField("statuses", decode=TransactionalEmailRecipientStatuses.from_dict, keep=True),
        "clicked_links": WireField("clickedLinks", decode=_decode_clicked_links, keep=True),
    },
    additional_properties=True,
)
