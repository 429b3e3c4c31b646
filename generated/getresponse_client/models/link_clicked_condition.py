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
from ..models.link_clicked_condition_click_track_id_type_0 import LinkClickedConditionClickTrackIdType0
from ..models.link_clicked_condition_operator_type import LinkClickedConditionOperatorType
from ..models.message_type_operator import MessageTypeOperator


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class LinkClickedCondition(WireModel):
    """Search contacts that clicked on a link.

    Example:
        {'conditionType': 'clicked', 'operatorType': 'message_operator', 'operator': 'autoresponder', 'scope': 'SGNLr',
            'clickTrackId': 'all'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (LinkClickedConditionOperatorType):  Example: message_operator.
        operator (MessageTypeOperator): The type of message. Example: autoresponder.
        scope (str): The message identifier Example: SGNLr.
        click_track_id (LinkClickedConditionClickTrackIdType0 | str):
    """

    condition_type: ConditionTypeConditionType
    operator_type: LinkClickedConditionOperatorType
    operator: MessageTypeOperator
    scope: str
    click_track_id: LinkClickedConditionClickTrackIdType0 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_click_track_id(json_value_: Any) -> LinkClickedConditionClickTrackIdType0 | str:
    def _parse_click_track_id(data: object) -> LinkClickedConditionClickTrackIdType0 | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            click_track_id_type_0 = LinkClickedConditionClickTrackIdType0(data)

            return click_track_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(LinkClickedConditionClickTrackIdType0 | str, data)

    click_track_id = _parse_click_track_id(json_value_)

    return click_track_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LinkClickedCondition._wire_fields}


LinkClickedCondition._extra_decoder = _decode_additional_properties

bind_fields(
    LinkClickedCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=LinkClickedConditionOperatorType),
        "operator": WireField("operator", required=True, enum=MessageTypeOperator),
        "scope": WireField("scope", required=True),
        "click_track_id": WireField("clickTrackId", required=True, decode=_decode_click_track_id, keep=True),
    },
    additional_properties=True,
)
