from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_date,
)


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CustomDateRange(WireModel):
    """
    Attributes:
        from_ (datetime.date): The UTC date format Example: 2018-04-01.
        to (datetime.date): The UTC date format Example: 2018-04-10.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    from_: datetime.date
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    CustomDateRange,
    {
        "from_": WireField("from", required=True, decode=parse_date),
        "to": WireField("to", required=True, decode=parse_date),
    },
    additional_properties=True,
)
