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
class MessageStatisticsListElement(WireModel):
    """
    Attributes:
        time_interval (str | Unset): The statistics time frame in the ISO 8601 datetime format with duration interval
            Example: 2014-09-20T00:00:00+0000/P2M18DT10H0M0S.
        sent (int | Unset):
        total_opened (int | Unset):
        total_human_opened (int | Unset):
        unique_opened (int | Unset):
        unique_human_opened (int | Unset):
        total_clicked (int | Unset):
        total_human_clicked (int | Unset):
        unique_clicked (int | Unset):
        unique_human_clicked (int | Unset):
        goals (int | Unset):
        unique_goals (int | Unset):
        forwarded (int | Unset):
        unsubscribed (int | Unset):
        bounced (int | Unset):
        complaints (int | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    time_interval: str | Unset = UNSET
    sent: int | Unset = UNSET
    total_opened: int | Unset = UNSET
    total_human_opened: int | Unset = UNSET
    unique_opened: int | Unset = UNSET
    unique_human_opened: int | Unset = UNSET
    total_clicked: int | Unset = UNSET
    total_human_clicked: int | Unset = UNSET
    unique_clicked: int | Unset = UNSET
    unique_human_clicked: int | Unset = UNSET
    goals: int | Unset = UNSET
    unique_goals: int | Unset = UNSET
    forwarded: int | Unset = UNSET
    unsubscribed: int | Unset = UNSET
    bounced: int | Unset = UNSET
    complaints: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    MessageStatisticsListElement,
    {
        "time_interval": WireField("timeInterval"),
        "sent": WireField("sent", decode=wire_int),
        "total_opened": WireField("totalOpened", decode=wire_int),
        "total_human_opened": WireField("totalHumanOpened", decode=wire_int),
        "unique_opened": WireField("uniqueOpened", decode=wire_int),
        "unique_human_opened": WireField("uniqueHumanOpened", decode=wire_int),
        "total_clicked": WireField("totalClicked", decode=wire_int),
        "total_human_clicked": WireField("totalHumanClicked", decode=wire_int),
        "unique_clicked": WireField("uniqueClicked", decode=wire_int),
        "unique_human_clicked": WireField("uniqueHumanClicked", decode=wire_int),
        "goals": WireField("goals", decode=wire_int),
        "unique_goals": WireField("uniqueGoals", decode=wire_int),
        "forwarded": WireField("forwarded", decode=wire_int),
        "unsubscribed": WireField("unsubscribed", decode=wire_int),
        "bounced": WireField("bounced", decode=wire_int),
        "complaints": WireField("complaints", decode=wire_int),
    },
    additional_properties=True,
)
