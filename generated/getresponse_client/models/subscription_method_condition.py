from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.subscription_method_condition_method import SubscriptionMethodConditionMethod
from ..models.subscription_method_condition_webform_type import SubscriptionMethodConditionWebformType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionMethodCondition")


@_attrs_define
class SubscriptionMethodCondition(WireModel):
    """The subscription method.

    Attributes:
        condition_type (ConditionTypeConditionType):
        method (SubscriptionMethodConditionMethod):
        webform_type (SubscriptionMethodConditionWebformType | Unset): The property required for the webform
            subscription method.
        value (Any | Unset): The field required for import, landing_page, webinar and website_builder_elegant, optional
            for the webform method
    """

    condition_type: ConditionTypeConditionType
    method: SubscriptionMethodConditionMethod
    webform_type: SubscriptionMethodConditionWebformType | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        method = self.method.value

        webform_type: str | Unset = UNSET
        if not isinstance(self.webform_type, Unset):
            webform_type = self.webform_type.value

        value: Any | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "method": method,
            }
        )
        if webform_type is not UNSET:
            field_dict["webformType"] = webform_type
        if value is not UNSET:
            field_dict["value"] = value

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


def _decode_method(d: Mapping[str, Any]) -> SubscriptionMethodConditionMethod:
    method = SubscriptionMethodConditionMethod(d["method"])

    return method


def _decode_webform_type(d: Mapping[str, Any]) -> SubscriptionMethodConditionWebformType | Unset:
    _webform_type = d.get("webformType", UNSET)
    webform_type: SubscriptionMethodConditionWebformType | Unset
    if isinstance(_webform_type, Unset):
        webform_type = UNSET
    else:
        webform_type = SubscriptionMethodConditionWebformType(_webform_type)

    return webform_type


def _decode_value(d: Mapping[str, Any]) -> Any | Unset:
    def _parse_value(data: object) -> Any | Unset:
        if isinstance(data, Unset):
            return data
        return cast(Any | Unset, data)

    value = _parse_value(d.get("value", UNSET))

    return value


def _encode_condition_type(self: SubscriptionMethodCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_method(self: SubscriptionMethodCondition) -> Any:
    method = self.method.value
    return method


def _encode_webform_type(self: SubscriptionMethodCondition) -> Any:
    webform_type: str | Unset = UNSET
    if not isinstance(self.webform_type, Unset):
        webform_type = self.webform_type.value

    return webform_type


def _encode_value(self: SubscriptionMethodCondition) -> Any:
    value: Any | Unset
    if isinstance(self.value, Unset):
        value = UNSET
    else:
        value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscriptionMethodCondition._wire_fields}


SubscriptionMethodCondition._wire_names = {
    "condition_type": "conditionType",
    "method": "method",
    "webform_type": "webformType",
    "value": "value",
}
SubscriptionMethodCondition._wire_fields = frozenset(SubscriptionMethodCondition._wire_names.values())
SubscriptionMethodCondition._decoders = {
    "condition_type": _decode_condition_type,
    "method": _decode_method,
    "webform_type": _decode_webform_type,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
SubscriptionMethodCondition._encoders = {
    "condition_type": _encode_condition_type,
    "method": _encode_method,
    "webform_type": _encode_webform_type,
    "value": _encode_value,
}
