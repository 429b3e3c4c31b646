from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailStatistics(WireModel):
    """
    Attributes:
        time_frame (str | Unset): The statistics time frame in the ISO 8601 date format with duration interval Example:
            2014-09-20T00:00:00+0000/P2M18DT10H0M0S.
        sent (int | Unset):
        opened (int | Unset):
        bounced (int | Unset):
        complaint (int | Unset):
        clicks (int | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    time_frame: str | Unset = UNSET
    sent: int | Unset = UNSET
    opened: int | Unset = UNSET
    bounced: int | Unset = UNSET
    complaint: int | Unset = UNSET
    clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    TransactionalEmailStatistics,
    {
        "time_frame": WireField("timeFrame"),
        "sent": WireField("sent", decode=wire_int),
        "opened": WireField("opened", decode=wire_int),
        "bounced": WireField("bounced", decode=wire_int),
        "complaint": WireField("complaint", decode=wire_int),
        "clicks": WireField("clicks", decode=wire_int),
    },
    additional_properties=True,
)
