from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailContentContent(WireModel):
    """The message content.

    Attributes:
        plain (str | Unset):  Example: Your order has been confirmed. Thank you for shopping with us!.
        html (str | Unset):  Example: <h1>Your order has been confirmed</h1><strong>Thank you for shopping with
            us!</strong>.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    plain: str | Unset = UNSET
    html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    TransactionalEmailContentContent,
    {
        "plain": WireField("plain"),
        "html": WireField("html"),
    },
    additional_properties=True,
)
