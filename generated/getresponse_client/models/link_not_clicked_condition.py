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
from ..models.link_not_clicked_condition_click_track_id_type_0 import LinkNotClickedConditionClickTrackIdType0
from ..models.link_not_clicked_condition_date_operator import LinkNotClickedConditionDateOperator
from ..models.link_not_clicked_condition_operator_type import LinkNotClickedConditionOperatorType
from ..models.link_not_clicked_condition_operator_type_0 import LinkNotClickedConditionOperatorType0
from ..models.message_type_operator import MessageTypeOperator
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class LinkNotClickedCondition(WireModel):
    """Search contacts that didn't click a link.

    Example:
        {'conditionType': 'not_clicked', 'operatorType': 'complex_message_operator', 'operator': 'newsletter',
            'dateOperator': 'today', 'scope': 'zhgnQ', 'clickTrackId': 'all'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (LinkNotClickedConditionOperatorType):  Example: complex_message_operator.
        operator (LinkNotClickedConditionOperatorType0 | MessageTypeOperator):  Example: newsletter.
        date_operator (LinkNotClickedConditionDateOperator): It allows you to set a date range. Example: today.
        value (datetime.date | int | Unset): This field is required only for date_from and last_n_days date operators.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
        scope (str | Unset): The message identifier. Example: zhgnQ.
        click_track_id (Any | LinkNotClickedConditionClickTrackIdType0 | Unset): The click track identifier Example:
            PPxiOW.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: LinkNotClickedConditionOperatorType
    operator: LinkNotClickedConditionOperatorType0 | MessageTypeOperator
    date_operator: LinkNotClickedConditionDateOperator
    value: datetime.date | int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    scope: str | Unset = UNSET
    click_track_id: Any | LinkNotClickedConditionClickTrackIdType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_operator(json_value_: Any) -> LinkNotClickedConditionOperatorType0 | MessageTypeOperator:
    def _parse_operator(data: object) -> LinkNotClickedConditionOperatorType0 | MessageTypeOperator:
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_0 = LinkNotClickedConditionOperatorType0(data)

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


def _decode_click_track_id(json_value_: Any) -> Any | LinkNotClickedConditionClickTrackIdType0 | Unset:
    def _parse_click_track_id(data: object) -> Any | LinkNotClickedConditionClickTrackIdType0 | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            click_track_id_type_0 = LinkNotClickedConditionClickTrackIdType0(data)

            return click_track_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | LinkNotClickedConditionClickTrackIdType0 | Unset, data)

    click_track_id = _parse_click_track_id(json_value_)

    return click_track_id


bind_fields(
    LinkNotClickedCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=LinkNotClickedConditionOperatorType),
        "operator": WireField("operator", required=True, decode=_decode_operator, keep=True),
        "date_operator": WireField("dateOperator", required=True, enum=LinkNotClickedConditionDateOperator),
        "value": WireField("value", decode=_decode_value, keep=True),
        "include_current_period": WireField("includeCurrentPeriod", decode=wire_bool),
        "scope": WireField("scope"),
        "click_track_id": WireField("clickTrackId", decode=_decode_click_track_id, keep=True),
    },
    additional_properties=True,
)
