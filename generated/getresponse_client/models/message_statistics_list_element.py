from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    wire_int,
)

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
    value = get("sent", UNSET)
    if type(value) is int or absent(value):
        self.sent = value
    else:
        try:
            self.sent = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sent", value, error)
    value = get("totalOpened", UNSET)
    if type(value) is int or absent(value):
        self.total_opened = value
    else:
        try:
            self.total_opened = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_opened", value, error)
    value = get("totalHumanOpened", UNSET)
    if type(value) is int or absent(value):
        self.total_human_opened = value
    else:
        try:
            self.total_human_opened = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_human_opened", value, error)
    value = get("uniqueOpened", UNSET)
    if type(value) is int or absent(value):
        self.unique_opened = value
    else:
        try:
            self.unique_opened = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_opened", value, error)
    value = get("uniqueHumanOpened", UNSET)
    if type(value) is int or absent(value):
        self.unique_human_opened = value
    else:
        try:
            self.unique_human_opened = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_human_opened", value, error)
    value = get("totalClicked", UNSET)
    if type(value) is int or absent(value):
        self.total_clicked = value
    else:
        try:
            self.total_clicked = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_clicked", value, error)
    value = get("totalHumanClicked", UNSET)
    if type(value) is int or absent(value):
        self.total_human_clicked = value
    else:
        try:
            self.total_human_clicked = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_human_clicked", value, error)
    value = get("uniqueClicked", UNSET)
    if type(value) is int or absent(value):
        self.unique_clicked = value
    else:
        try:
            self.unique_clicked = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_clicked", value, error)
    value = get("uniqueHumanClicked", UNSET)
    if type(value) is int or absent(value):
        self.unique_human_clicked = value
    else:
        try:
            self.unique_human_clicked = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_human_clicked", value, error)
    value = get("goals", UNSET)
    if type(value) is int or absent(value):
        self.goals = value
    else:
        try:
            self.goals = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "goals", value, error)
    value = get("uniqueGoals", UNSET)
    if type(value) is int or absent(value):
        self.unique_goals = value
    else:
        try:
            self.unique_goals = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_goals", value, error)
    value = get("forwarded", UNSET)
    if type(value) is int or absent(value):
        self.forwarded = value
    else:
        try:
            self.forwarded = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "forwarded", value, error)
    value = get("unsubscribed", UNSET)
    if type(value) is int or absent(value):
        self.unsubscribed = value
    else:
        try:
            self.unsubscribed = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unsubscribed", value, error)
    value = get("bounced", UNSET)
    if type(value) is int or absent(value):
        self.bounced = value
    else:
        try:
            self.bounced = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "bounced", value, error)
    value = get("complaints", UNSET)
    if type(value) is int or absent(value):
        self.complaints = value
    else:
        try:
            self.complaints = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "complaints", value, error)
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
    "sent": wire_int,
    "total_opened": wire_int,
    "total_human_opened": wire_int,
    "unique_opened": wire_int,
    "unique_human_opened": wire_int,
    "total_clicked": wire_int,
    "total_human_clicked": wire_int,
    "unique_clicked": wire_int,
    "unique_human_clicked": wire_int,
    "goals": wire_int,
    "unique_goals": wire_int,
    "forwarded": wire_int,
    "unsubscribed": wire_int,
    "bounced": wire_int,
    "complaints": wire_int,
}
MessageStatisticsListElement._extra_decoder = _decode_additional_properties
