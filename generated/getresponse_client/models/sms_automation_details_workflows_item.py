from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class SmsAutomationDetailsWorkflowsItem(WireModel):
    """
    Attributes:
        workflow_id (str | Unset): The workflow ID Example: wkFiD.
        name (str | Unset): The workflow name Example: Workflow 1.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/workflow/wkFiD.
    """

    workflow_id: str | Unset = UNSET
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[SmsAutomationDetailsWorkflowsItem], src_dict: Mapping[str, Any]
) -> SmsAutomationDetailsWorkflowsItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.workflow_id = get("workflowId", UNSET)
    self.name = get("name", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsAutomationDetailsWorkflowsItem._wire_fields}


setattr(
    SmsAutomationDetailsWorkflowsItem, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SmsAutomationDetailsWorkflowsItem._wire_names = {
    "workflow_id": "workflowId",
    "name": "name",
    "href": "href",
}
SmsAutomationDetailsWorkflowsItem._wire_fields = frozenset(SmsAutomationDetailsWorkflowsItem._wire_names.values())
SmsAutomationDetailsWorkflowsItem._decoders = {
    "workflow_id": None,
    "name": None,
    "href": None,
}
SmsAutomationDetailsWorkflowsItem._extra_decoder = _decode_additional_properties
