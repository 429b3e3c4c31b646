from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.crm_condition_stage_scope_type_0 import CrmConditionStageScopeType0


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CrmCondition(WireModel):
    """This makes it possible to search contacts by CRM conditions.

    Example:
        {'conditionType': 'crm', 'pipelineScope': 'PSVq', 'stageScope': 'ZAHB'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        pipeline_scope (str): The pipeline identifier Example: PSVq.
        stage_scope (Any | CrmConditionStageScopeType0):  Example: ZAHB.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


bind_fields(
    CrmCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "pipeline_scope": WireField("pipelineScope", required=True),
        "stage_scope": WireField("stageScope", required=True, decode=_decode_stage_scope, keep=True),
    },
    additional_properties=True,
)
