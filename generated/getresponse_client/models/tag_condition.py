from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.tag_condition_operator import TagConditionOperator
from ..models.tag_condition_operator_type import TagConditionOperatorType


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TagCondition(WireModel):
    """Search contacts by tag.

    Example:
        {'conditionType': 'tag', 'value': 'BB', 'operatorType': 'exists', 'operator': 'exists'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (TagConditionOperatorType): The operator for the existence of a property Example: exists.
        operator (TagConditionOperator): This operator verifies whether the property you are looking for exists or not
            Example: exists.
        value (str): The tag identifier Example: BB.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: TagConditionOperatorType
    operator: TagConditionOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    TagCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=TagConditionOperatorType),
        "operator": WireField("operator", required=True, enum=TagConditionOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
