from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.message_type_operator import MessageTypeOperator
from ..models.not_opened_condition_date_operator import NotOpenedConditionDateOperator
from ..models.not_opened_condition_operator_type import NotOpenedConditionOperatorType
from ..models.not_opened_condition_operator_type_0 import NotOpenedConditionOperatorType0
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NotOpenedCondition(WireModel):
    """Search contacts who didn't open a message.

    Example:
        {'conditionType': 'not_opened', 'operatorType': 'complex_message_operator', 'scope': 'z4Zje', 'operator':
            'autoresponder', 'dateOperator': 'never'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (NotOpenedConditionOperatorType):  Example: complex_message_operator.
        operator (MessageTypeOperator | NotOpenedConditionOperatorType0): Specifies the type of message to search for
            Example: newsletter.
        date_operator (NotOpenedConditionDateOperator): It allows you to set a date range.
        scope (str | Unset): The message identifier. Example: z4Zje.
        value (datetime.date | int | Unset): This field is required only for date_from and last_n_days date operators.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: NotOpenedConditionOperatorType
    operator: MessageTypeOperator | NotOpenedConditionOperatorType0
    date_operator: NotOpenedConditionDateOperator
    scope: str | Unset = UNSET
    value: datetime.date | int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_operator(json_value_: Any) -> MessageTypeOperator | NotOpenedConditionOperatorType0:
    def _parse_operator(data: object) -> MessageTypeOperator | NotOpenedConditionOperatorType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_0 = NotOpenedConditionOperatorType0(data)

            return operator_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        operator_type_1 = MessageTypeOperator(data)

        return operator_type_1

    operator = _parse_operator(json_value_)

    return operator


def _decode_value(json_value_: Any) -> datetime.date | int | Unset:
    def _parse_value(data: object) -> datetime.date | int | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_0 = datetime.date.fromisoformat(data)

            return value_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | int | Unset, data)

    value = _parse_value(json_value_)

    return value


bind_fields(
    NotOpenedCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=NotOpenedConditionOperatorType),
        "operator": WireField("operator", required=True, decode=_decode_operator, keep=True),
        "date_operator": WireField("dateOperator", required=True, enum=NotOpenedConditionDateOperator),
        "scope": WireField("scope"),
        "value": WireField("value", decode=_decode_value, keep=True),
        "include_current_period": WireField("includeCurrentPeriod", decode=wire_bool),
    },
    additional_properties=True,
)
