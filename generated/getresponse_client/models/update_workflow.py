from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.update_workflow_status import UpdateWorkflowStatus

T = TypeVar("T", bound="UpdateWorkflow")


@_attrs_define
class UpdateWorkflow(WireModel):
    """
    Attributes:
        status (UpdateWorkflowStatus): An 'incomplete' status means that the workflow is a 'draft' in the web panel
            Example: active.
    """

    status: UpdateWorkflowStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

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


def _decode_status(d: Mapping[str, Any]) -> UpdateWorkflowStatus:
    status = UpdateWorkflowStatus(d["status"])

    return status


def _encode_status(self: UpdateWorkflow) -> Any:
    status = self.status.value
    return status


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateWorkflow._wire_fields}


UpdateWorkflow._wire_names = {
    "status": "status",
}
UpdateWorkflow._wire_fields = frozenset(UpdateWorkflow._wire_names.values())
UpdateWorkflow._decoders = {
    "status": _decode_status,
    "additional_properties": _decode_additional_properties,
}
UpdateWorkflow._encoders = {
    "status": _encode_status,
}
