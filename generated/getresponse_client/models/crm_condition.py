from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.crm_condition_stage_scope_type_0 import CrmConditionStageScopeType0


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CrmCondition._wire_fields}


CrmCondition._extra_decoder = _decode_additional_properties

bind_fields(
    CrmCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "pipeline_scope": WireField("pipelineScope", required=True),
        "stage_scope": WireField("stageScope", required=True, decode=_decode_stage_scope, keep=True),
    },
    additional_properties=True,
)
