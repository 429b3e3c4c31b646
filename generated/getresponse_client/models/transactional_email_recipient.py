from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailRecipient(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class TransactionalEmailRecipientDict(TypedDict, total=False):
    """TransactionalEmailRecipient as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    email: Required[str]
    name: str


TransactionalEmailRecipient._read_only = frozenset(["status"])

bind_fields(
    TransactionalEmailRecipient,
    {
        "email": WireField("email", required=True),
        "name": WireField("name"),
        "status": WireField("status", enum=TransactionalEmailRecipientStatus),
    },
    additional_properties=True,
)
