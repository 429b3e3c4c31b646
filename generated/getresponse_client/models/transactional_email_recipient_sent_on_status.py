from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

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
class TransactionalEmailRecipientSentOnStatus(WireModel):
    """
    Attributes:
        sent_on (datetime.datetime | None | Unset):  Example: 2019-06-02T09:30:43+0200.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    sent_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_sent_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_sent_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            sent_on_type_0 = datetime.datetime.fromisoformat(data)

            return sent_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    sent_on = _parse_sent_on(json_value_)

    return sent_on


bind_fields(
    TransactionalEmailRecipientSentOnStatus,
    {
        "sent_on": WireField("sentOn", decode=_decode_sent_on, keep=True),
    },
    additional_properties=True,
)
