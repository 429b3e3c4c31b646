from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset


@_attrs_define
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


def _from_dict(cls: type[MessageStatisticsListElement], src_dict: Mapping[str, Any]) -> MessageStatisticsListElement:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.time_interval = get("timeInterval", UNSET)
    self.sent = get("sent", UNSET)
    self.total_opened = get("totalOpened", UNSET)
    self.total_human_opened = get("totalHumanOpened", UNSET)
    self.unique_opened = get("uniqueOpened", UNSET)
    self.unique_human_opened = get("uniqueHumanOpened", UNSET)
    self.total_clicked = get("totalClicked", UNSET)
    self.total_human_clicked = get("totalHumanClicked", UNSET)
    self.unique_clicked = get("uniqueClicked", UNSET)
    self.unique_human_clicked = get("uniqueHumanClicked", UNSET)
    self.goals = get("goals", UNSET)
    self.unique_goals = get("uniqueGoals", UNSET)
    self.forwarded = get("forwarded", UNSET)
    self.unsubscribed = get("unsubscribed", UNSET)
    self.bounced = get("bounced", UNSET)
    self.complaints = get("complaints", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageStatisticsListElement._wire_fields}


setattr(MessageStatisticsListElement, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
MessageStatisticsListElement._wire_names = {
    "time_interval": "timeInterval",
    "sent": "sent",
    "total_opened": "totalOpened",
    "total_human_opened": "totalHumanOpened",
    "unique_opened": "uniqueOpened",
    "unique_human_opened": "uniqueHumanOpened",
    "total_clicked": "totalClicked",
    "total_human_clicked": "totalHumanClicked",
    "unique_clicked": "uniqueClicked",
    "unique_human_clicked": "uniqueHumanClicked",
    "goals": "goals",
    "unique_goals": "uniqueGoals",
    "forwarded": "forwarded",
    "unsubscribed": "unsubscribed",
    "bounced": "bounced",
    "complaints": "complaints",
}
MessageStatisticsListElement._wire_fields = frozenset(MessageStatisticsListElement._wire_names.values())
MessageStatisticsListElement._decoders = {
    "time_interval": None,
    "sent": None,
    "total_opened": None,
    "total_human_opened": None,
    "unique_opened": None,
    "unique_human_opened": None,
    "total_clicked": None,
    "total_human_clicked": None,
    "unique_clicked": None,
    "unique_human_clicked": None,
    "goals": None,
    "unique_goals": None,
    "forwarded": None,
    "unsubscribed": None,
    "bounced": None,
    "complaints": None,
}
MessageStatisticsListElement._extra_decoder = _decode_additional_properties
