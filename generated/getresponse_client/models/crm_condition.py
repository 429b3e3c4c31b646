from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

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

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.crm_condition_stage_scope_type_0 import CrmConditionStageScopeType0
from ..types import UNSET


@_attrs_define
class CrmCondition(WireModel):
    """This makes it possible to search contacts by CRM conditions.

    Example:
        {'conditionType': 'crm', 'pipelineScope': 'PSVq', 'stageScope': 'ZAHB'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        pipeline_scope (str): The pipeline identifier Example: PSVq.
        stage_scope (Any | CrmConditionStageScopeType0):  Example: ZAHB.
    """

    condition_type: ConditionTypeConditionType
    pipeline_scope: str
    stage_scope: Any | CrmConditionStageScopeType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_stage_scope(json_value_: Any) -> Any | CrmConditionStageScopeType0:
    def _parse_stage_scope(data: object) -> Any | CrmConditionStageScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            stage_scope_type_0 = CrmConditionStageScopeType0(data)

            return stage_scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | CrmConditionStageScopeType0, data)

    stage_scope = _parse_stage_scope(json_value_)

    return stage_scope


def _from_dict(cls: type[CrmCondition], src_dict: Mapping[str, Any]) -> CrmCondition:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("conditionType", UNSET)
    if value is UNSET:
        not_in_response(self, "condition_type")
    elif type(value) is str:
        try:
            self.condition_type = _members_condition_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.condition_type = ConditionTypeConditionType(value)
    elif absent(value):
        self.condition_type = value
    else:
        try:
            self.condition_type = _decode_condition_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "condition_type", value, error)
    value = get("pipelineScope", UNSET)
    if value is UNSET:
        not_in_response(self, "pipeline_scope")
    else:
        self.pipeline_scope = value
    value = get("stageScope", UNSET)
    if value is UNSET:
        not_in_response(self, "stage_scope")
    elif absent(value):
        self.stage_scope = value
    else:
        try:
            self.stage_scope = _decode_stage_scope(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "stage_scope", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CrmCondition._wire_fields}


setattr(CrmCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CrmCondition._wire_names = {
    "condition_type": "conditionType",
    "pipeline_scope": "pipelineScope",
    "stage_scope": "stageScope",
}
CrmCondition._wire_fields = frozenset(CrmCondition._wire_names.values())
CrmCondition._decoders = {
    "condition_type": _decode_condition_type,
    "pipeline_scope": None,
    "stage_scope": _decode_stage_scope,
}
CrmCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
