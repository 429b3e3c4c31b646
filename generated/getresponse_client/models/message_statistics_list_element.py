from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatisticsListElement")


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

    def _encode(self) -> dict[str, Any]:
        time_interval = self.time_interval

        sent = self.sent

        total_opened = self.total_opened

        total_human_opened = self.total_human_opened

        unique_opened = self.unique_opened

        unique_human_opened = self.unique_human_opened

        total_clicked = self.total_clicked

        total_human_clicked = self.total_human_clicked

        unique_clicked = self.unique_clicked

        unique_human_clicked = self.unique_human_clicked

        goals = self.goals

        unique_goals = self.unique_goals

        forwarded = self.forwarded

        unsubscribed = self.unsubscribed

        bounced = self.bounced

        complaints = self.complaints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_interval is not UNSET:
            field_dict["timeInterval"] = time_interval
        if sent is not UNSET:
            field_dict["sent"] = sent
        if total_opened is not UNSET:
            field_dict["totalOpened"] = total_opened
        if total_human_opened is not UNSET:
            field_dict["totalHumanOpened"] = total_human_opened
        if unique_opened is not UNSET:
            field_dict["uniqueOpened"] = unique_opened
        if unique_human_opened is not UNSET:
            field_dict["uniqueHumanOpened"] = unique_human_opened
        if total_clicked is not UNSET:
            field_dict["totalClicked"] = total_clicked
        if total_human_clicked is not UNSET:
            field_dict["totalHumanClicked"] = total_human_clicked
        if unique_clicked is not UNSET:
            field_dict["uniqueClicked"] = unique_clicked
        if unique_human_clicked is not UNSET:
            field_dict["uniqueHumanClicked"] = unique_human_clicked
        if goals is not UNSET:
            field_dict["goals"] = goals
        if unique_goals is not UNSET:
            field_dict["uniqueGoals"] = unique_goals
        if forwarded is not UNSET:
            field_dict["forwarded"] = forwarded
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if complaints is not UNSET:
            field_dict["complaints"] = complaints

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_time_interval(self: MessageStatisticsListElement) -> Any:
    time_interval = self.time_interval
    return time_interval


def _encode_sent(self: MessageStatisticsListElement) -> Any:
    sent = self.sent
    return sent


def _encode_total_opened(self: MessageStatisticsListElement) -> Any:
    total_opened = self.total_opened
    return total_opened


def _encode_total_human_opened(self: MessageStatisticsListElement) -> Any:
    total_human_opened = self.total_human_opened
    return total_human_opened


def _encode_unique_opened(self: MessageStatisticsListElement) -> Any:
    unique_opened = self.unique_opened
    return unique_opened


def _encode_unique_human_opened(self: MessageStatisticsListElement) -> Any:
    unique_human_opened = self.unique_human_opened
    return unique_human_opened


def _encode_total_clicked(self: MessageStatisticsListElement) -> Any:
    total_clicked = self.total_clicked
    return total_clicked


def _encode_total_human_clicked(self: MessageStatisticsListElement) -> Any:
    total_human_clicked = self.total_human_clicked
    return total_human_clicked


def _encode_unique_clicked(self: MessageStatisticsListElement) -> Any:
    unique_clicked = self.unique_clicked
    return unique_clicked


def _encode_unique_human_clicked(self: MessageStatisticsListElement) -> Any:
    unique_human_clicked = self.unique_human_clicked
    return unique_human_clicked


def _encode_goals(self: MessageStatisticsListElement) -> Any:
    goals = self.goals
    return goals


def _encode_unique_goals(self: MessageStatisticsListElement) -> Any:
    unique_goals = self.unique_goals
    return unique_goals


def _encode_forwarded(self: MessageStatisticsListElement) -> Any:
    forwarded = self.forwarded
    return forwarded


def _encode_unsubscribed(self: MessageStatisticsListElement) -> Any:
    unsubscribed = self.unsubscribed
    return unsubscribed


def _encode_bounced(self: MessageStatisticsListElement) -> Any:
    bounced = self.bounced
    return bounced


def _encode_complaints(self: MessageStatisticsListElement) -> Any:
    complaints = self.complaints
    return complaints


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
MessageStatisticsListElement._encoders = {
    "time_interval": _encode_time_interval,
    "sent": _encode_sent,
    "total_opened": _encode_total_opened,
    "total_human_opened": _encode_total_human_opened,
    "unique_opened": _encode_unique_opened,
    "unique_human_opened": _encode_unique_human_opened,
    "total_clicked": _encode_total_clicked,
    "total_human_clicked": _encode_total_human_clicked,
    "unique_clicked": _encode_unique_clicked,
    "unique_human_clicked": _encode_unique_human_clicked,
    "goals": _encode_goals,
    "unique_goals": _encode_unique_goals,
    "forwarded": _encode_forwarded,
    "unsubscribed": _encode_unsubscribed,
    "bounced": _encode_bounced,
    "complaints": _encode_complaints,
}
MessageStatisticsListElement._extra_decoder = _decode_additional_properties
