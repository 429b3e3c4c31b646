from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.update_workflow_status import UpdateWorkflowStatus


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class UpdateWorkflow(WireModel):
    """
    Attributes:
        status (UpdateWorkflowStatus): An 'incomplete' status means that the workflow is a 'draft' in the web panel
            Example: active.
    """

    status: UpdateWorkflowStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateWorkflow._wire_fields}


class UpdateWorkflowDict(TypedDict, total=False):
    """UpdateWorkflow as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    status: Required[UpdateWorkflowStatus | str]


UpdateWorkflow._extra_decoder = _decode_additional_properties

bind_fields(
    UpdateWorkflow,
    {
        "status": WireField("status", required=True, enum=UpdateWorkflowStatus),
    },
    additional_properties=True,
)
