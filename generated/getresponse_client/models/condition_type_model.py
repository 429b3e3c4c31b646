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

from ..models.condition_type_condition_type import ConditionTypeConditionType


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ConditionType(WireModel):
    """
    Attributes:
        condition_type (ConditionTypeConditionType):
    """

    condition_type: ConditionTypeConditionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ConditionType._wire_fields}


class ConditionTypeDict(TypedDict, total=False):
    """ConditionType as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    conditionType: Required[ConditionTypeConditionType | str]


ConditionType._extra_decoder = _decode_additional_properties

bind_fields(
    ConditionType,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
    },
    additional_properties=True,
)
