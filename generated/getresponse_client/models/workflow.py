from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
    parse_datetime,
)

from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_subscriber_statistics import WorkflowSubscriberStatistics


@_attrs_define
class Workflow(WireModel):
    """
    Attributes:
        workflow_id (str): The workflow ID Example: pxs.
        name (str):  Example: My draft.
        status (WorkflowStatus):  Example: active.
        subscriber_statistics (WorkflowSubscriberStatistics):
        date_start (datetime.datetime | Unset):  Example: 2014-02-12T15:19:21+0000.
        date_stop (datetime.datetime | Unset):  Example: 2014-04-12T15:19:21+0000.
    """

    workflow_id: str
    name: str
    status: WorkflowStatus
    subscriber_statistics: WorkflowSubscriberStatistics
    date_start: datetime.datetime | Unset = UNSET
    date_stop: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> WorkflowStatus:
    status = WorkflowStatus(json_value_)

    return status


def _decode_subscriber_statistics(json_value_: Any) -> WorkflowSubscriberStatistics:
    subscriber_statistics = WorkflowSubscriberStatistics.from_dict(json_value_)

    return subscriber_statistics


def _decode_date_start(json_value_: Any) -> datetime.datetime | Unset:
    _date_start = json_value_
    date_start: datetime.datetime | Unset
    if isinstance(_date_start, Unset):
        date_start = UNSET
    else:
        date_start = datetime.datetime.fromisoformat(_date_start)

    return date_start


def _decode_date_stop(json_value_: Any) -> datetime.datetime | Unset:
    _date_stop = json_value_
    date_stop: datetime.datetime | Unset
    if isinstance(_date_stop, Unset):
        date_stop = UNSET
    else:
        date_stop = datetime.datetime.fromisoformat(_date_stop)

    return date_stop


def _from_dict(cls: type[Workflow], src_dict: Mapping[str, Any]) -> Workflow:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("workflowId", UNSET)
    if value is UNSET:
        not_in_response(self, "workflow_id")
    else:
        self.workflow_id = value
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("status", UNSET)
    if value is UNSET:
        not_in_response(self, "status")
    elif type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = WorkflowStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("subscriberStatistics", UNSET)
    if value is UNSET:
        not_in_response(self, "subscriber_statistics")
    elif type(value) is dict:
        self.subscriber_statistics = WorkflowSubscriberStatistics.from_dict(value)
    elif absent(value):
        self.subscriber_statistics = value
    else:
        try:
            self.subscriber_statistics = _decode_subscriber_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscriber_statistics", value, error)
    value = get("dateStart", UNSET)
    if type(value) is str:
        try:
            self.date_start = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date_start", value, error)
    elif absent(value):
        self.date_start = value
    else:
        try:
            self.date_start = _decode_date_start(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date_start", value, error)
    value = get("dateStop", UNSET)
    if type(value) is str:
        try:
            self.date_stop = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date_stop", value, error)
    elif absent(value):
        self.date_stop = value
    else:
        try:
            self.date_stop = _decode_date_stop(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date_stop", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Workflow._wire_fields}


setattr(Workflow, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Workflow._wire_names = {
    "workflow_id": "workflowId",
    "name": "name",
    "status": "status",
    "subscriber_statistics": "subscriberStatistics",
    "date_start": "dateStart",
    "date_stop": "dateStop",
}
Workflow._wire_fields = frozenset(Workflow._wire_names.values())
Workflow._decoders = {
    "workflow_id": None,
    "name": None,
    "status": _decode_status,
    "subscriber_statistics": _decode_subscriber_statistics,
    "date_start": _decode_date_start,
    "date_stop": _decode_date_stop,
}
Workflow._extra_decoder = _decode_additional_properties
_members_status = enum_members(WorkflowStatus)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.workflow_subscriber_statistics import WorkflowSubscriberStatistics  # noqa: E402
