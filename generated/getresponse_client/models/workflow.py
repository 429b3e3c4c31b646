from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_subscriber_statistics import WorkflowSubscriberStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    workflow_id: str
    name: str
    status: WorkflowStatus
    subscriber_statistics: WorkflowSubscriberStatistics
    date_start: datetime.datetime | Unset = UNSET
    date_stop: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.workflow_subscriber_statistics import WorkflowSubscriberStatistics  # noqa: E402

bind_fields(
    Workflow,
    {
        "workflow_id": WireField("workflowId", required=True),
        "name": WireField("name", required=True),
        "status": WireField("status", required=True, enum=WorkflowStatus),
        "subscriber_statistics": WireField(
            "subscriberStatistics", required=True, decode=WorkflowSubscriberStatistics.from_dict, keep=True
        ),
        "date_start": WireField("dateStart", decode=parse_datetime),
        "date_stop": WireField("dateStop", decode=parse_datetime),
    },
    additional_properties=True,
)
