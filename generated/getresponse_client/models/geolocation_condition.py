from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_string_operator_operator import ConditionStringOperatorOperator
from ..models.condition_string_operator_operator_type import ConditionStringOperatorOperatorType
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.geolocation_condition_scope import GeolocationConditionScope


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class GeolocationCondition(WireModel):
    """Search contacts by geolocation.

    Example:
        {'conditionType': 'geo', 'operatorType': 'string_operator', 'operator': 'starts', 'value': 'New', 'scope':
            'city'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ConditionStringOperatorOperatorType):  Example: string_operator.
        operator (ConditionStringOperatorOperator):  Example: is_not.
        value (str):  Example: new.
        scope (GeolocationConditionScope): Specify the search parameters Example: city.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: ConditionStringOperatorOperatorType
    operator: ConditionStringOperatorOperator
    value: str
    scope: GeolocationConditionScope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    GeolocationCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=ConditionStringOperatorOperatorType),
        "operator": WireField("operator", required=True, enum=ConditionStringOperatorOperator),
        "value": WireField("value", required=True),
        "scope": WireField("scope", required=True, enum=GeolocationConditionScope),
    },
    additional_properties=True,
)
