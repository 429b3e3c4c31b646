from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.update_workflow_status import UpdateWorkflowStatus


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpdateWorkflow(WireModel):
    """
    Attributes:
        status (UpdateWorkflowStatus): An 'incomplete' status means that the workflow is a 'draft' in the web panel
            Example: active.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    status: UpdateWorkflowStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class UpdateWorkflowDict(TypedDict, total=False):
    """UpdateWorkflow as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    status: Required[UpdateWorkflowStatus | str]


bind_fields(
    UpdateWorkflow,
    {
        "status": WireField("status", required=True, enum=UpdateWorkflowStatus),
    },
    additional_properties=True,
)
