from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.link_clicked_condition_click_track_id_type_0 import LinkClickedConditionClickTrackIdType0
from ..models.link_clicked_condition_operator_type import LinkClickedConditionOperatorType
from ..models.message_type_operator import MessageTypeOperator

T = TypeVar("T", bound="LinkClickedCondition")


@_attrs_define
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

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        operator_type = self.operator_type.value

        operator = self.operator.value

        scope = self.scope

        click_track_id: str
        if isinstance(self.click_track_id, LinkClickedConditionClickTrackIdType0):
            click_track_id = self.click_track_id.value
        else:
            click_track_id = self.click_track_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "operatorType": operator_type,
                "operator": operator,
                "scope": scope,
                "clickTrackId": click_track_id,
            }
        )

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_condition_type(d: Mapping[str, Any]) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(d["conditionType"])

    return condition_type


def _decode_operator_type(d: Mapping[str, Any]) -> LinkClickedConditionOperatorType:
    operator_type = LinkClickedConditionOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> MessageTypeOperator:
    operator = MessageTypeOperator(d["operator"])

    return operator


def _decode_scope(d: Mapping[str, Any]) -> str:
    scope: str = d["scope"]
    return scope


def _decode_click_track_id(d: Mapping[str, Any]) -> LinkClickedConditionClickTrackIdType0 | str:
    def _parse_click_track_id(data: object) -> LinkClickedConditionClickTrackIdType0 | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            click_track_id_type_0 = LinkClickedConditionClickTrackIdType0(data)

            return click_track_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(LinkClickedConditionClickTrackIdType0 | str, data)

    click_track_id = _parse_click_track_id(d["clickTrackId"])

    return click_track_id


def _encode_condition_type(self: LinkClickedCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_operator_type(self: LinkClickedCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: LinkClickedCondition) -> Any:
    operator = self.operator.value
    return operator


def _encode_scope(self: LinkClickedCondition) -> Any:
    scope = self.scope
    return scope


def _encode_click_track_id(self: LinkClickedCondition) -> Any:
    click_track_id: str
    if isinstance(self.click_track_id, LinkClickedConditionClickTrackIdType0):
        click_track_id = self.click_track_id.value
    else:
        click_track_id = self.click_track_id
    return click_track_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LinkClickedCondition._wire_fields}


LinkClickedCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "scope": "scope",
    "click_track_id": "clickTrackId",
}
LinkClickedCondition._wire_fields = frozenset(LinkClickedCondition._wire_names.values())
LinkClickedCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "scope": _decode_scope,
    "click_track_id": _decode_click_track_id,
    "additional_properties": _decode_additional_properties,
}
LinkClickedCondition._encoders = {
    "condition_type": _encode_condition_type,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "scope": _encode_scope,
    "click_track_id": _encode_click_track_id,
}
