from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsAutomationDetailsWorkflowsItem")


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

    def _encode(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        name = self.name

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id
        if name is not UNSET:
            field_dict["name"] = name
        if href is not UNSET:
            field_dict["href"] = href

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


def _encode_workflow_id(self: SmsAutomationDetailsWorkflowsItem) -> Any:
    workflow_id = self.workflow_id
    return workflow_id


def _encode_name(self: SmsAutomationDetailsWorkflowsItem) -> Any:
    name = self.name
    return name


def _encode_href(self: SmsAutomationDetailsWorkflowsItem) -> Any:
    href = self.href
    return href


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
SmsAutomationDetailsWorkflowsItem._encoders = {
    "workflow_id": _encode_workflow_id,
    "name": _encode_name,
    "href": _encode_href,
}
SmsAutomationDetailsWorkflowsItem._extra_decoder = _decode_additional_properties
