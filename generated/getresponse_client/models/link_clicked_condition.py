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
from ..models.link_clicked_condition_click_track_id_type_0 import LinkClickedConditionClickTrackIdType0
from ..models.link_clicked_condition_operator_type import LinkClickedConditionOperatorType
from ..models.message_type_operator import MessageTypeOperator


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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
