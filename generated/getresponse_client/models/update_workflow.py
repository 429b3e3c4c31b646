from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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
)

from ..models.update_workflow_status import UpdateWorkflowStatus
from ..types import UNSET


@_attrs_define
class UpdateWorkflow(WireModel):
    """
    Attributes:
        status (UpdateWorkflowStatus): An 'incomplete' status means that the workflow is a 'draft' in the web panel
            Example: active.
    """

    status: UpdateWorkflowStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> UpdateWorkflowStatus:
    status = UpdateWorkflowStatus(json_value_)

    return status


def _from_dict(cls: type[UpdateWorkflow], src_dict: Mapping[str, Any]) -> UpdateWorkflow:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("status", UNSET)
    if value is UNSET:
        not_in_response(self, "status")
    elif type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = UpdateWorkflowStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateWorkflow._wire_fields}


class UpdateWorkflowDict(TypedDict, total=False):
    """UpdateWorkflow as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    status: Required[UpdateWorkflowStatus | str]


setattr(UpdateWorkflow, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpdateWorkflow._wire_names = {
    "status": "status",
}
UpdateWorkflow._wire_fields = frozenset(UpdateWorkflow._wire_names.values())
UpdateWorkflow._decoders = {
    "status": _decode_status,
}
UpdateWorkflow._extra_decoder = _decode_additional_properties
_members_status = enum_members(UpdateWorkflowStatus)
