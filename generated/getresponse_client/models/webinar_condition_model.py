from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.webinar_condition_contact_type import WebinarConditionContactType
from ..models.webinar_condition_webinar_condition import WebinarConditionWebinarCondition

T = TypeVar("T", bound="WebinarCondition")


@_attrs_define
class WebinarCondition(WireModel):
    """Search contacts that have participated/not participated in a specific webinar as a
    host/listener/presenter/registrant/any user.

        Example:
            {'conditionType': 'webinar', 'scope': 'MNAR', 'webinarCondition': 'participated', 'contactType': 'presenter'}

        Attributes:
            condition_type (ConditionTypeConditionType):
            scope (str): The identifier of a webinar Example: MNAR.
            webinar_condition (WebinarConditionWebinarCondition):  Example: participated.
            contact_type (WebinarConditionContactType):  Example: presenter.
    """

    condition_type: ConditionTypeConditionType
    scope: str
    webinar_condition: WebinarConditionWebinarCondition
    contact_type: WebinarConditionContactType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        scope = self.scope

        webinar_condition = self.webinar_condition.value

        contact_type = self.contact_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "scope": scope,
                "webinarCondition": webinar_condition,
                "contactType": contact_type,
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


def _decode_scope(d: Mapping[str, Any]) -> str:
    scope: str = d["scope"]
    return scope


def _decode_webinar_condition(d: Mapping[str, Any]) -> WebinarConditionWebinarCondition:
    webinar_condition = WebinarConditionWebinarCondition(d["webinarCondition"])

    return webinar_condition


def _decode_contact_type(d: Mapping[str, Any]) -> WebinarConditionContactType:
    contact_type = WebinarConditionContactType(d["contactType"])

    return contact_type


def _encode_condition_type(self: WebinarCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_scope(self: WebinarCondition) -> Any:
    scope = self.scope
    return scope


def _encode_webinar_condition(self: WebinarCondition) -> Any:
    webinar_condition = self.webinar_condition.value
    return webinar_condition


def _encode_contact_type(self: WebinarCondition) -> Any:
    contact_type = self.contact_type.value
    return contact_type


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarCondition._wire_fields}


WebinarCondition._wire_names = {
    "condition_type": "conditionType",
    "scope": "scope",
    "webinar_condition": "webinarCondition",
    "contact_type": "contactType",
}
WebinarCondition._wire_fields = frozenset(WebinarCondition._wire_names.values())
WebinarCondition._decoders = {
    "condition_type": _decode_condition_type,
    "scope": _decode_scope,
    "webinar_condition": _decode_webinar_condition,
    "contact_type": _decode_contact_type,
    "additional_properties": _decode_additional_properties,
}
WebinarCondition._encoders = {
    "condition_type": _encode_condition_type,
    "scope": _encode_scope,
    "webinar_condition": _encode_webinar_condition,
    "contact_type": _encode_contact_type,
}
