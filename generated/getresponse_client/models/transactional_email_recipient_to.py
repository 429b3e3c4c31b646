from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailRecipientTo(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
        valid_since (datetime.datetime | Unset): The first time this address appeared in your system Example:
            2018-05-02T09:30:43+0200.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = _attrs_field(init=False, default=UNSET)
    valid_since: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class TransactionalEmailRecipientToDict(TypedDict, total=False):
    """TransactionalEmailRecipientTo as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    email: Required[str]
    name: str
    validSince: datetime.datetime | str


TransactionalEmailRecipientTo._read_only = frozenset(["status"])

bind_fields(
    TransactionalEmailRecipientTo,
    {
        "email": WireField("email", required=True),
        "name": WireField("name"),
        "status": WireField("status", enum=TransactionalEmailRecipientStatus),
        "valid_since": WireField("validSince", decode=parse_datetime),
    },
    additional_properties=True,
)
