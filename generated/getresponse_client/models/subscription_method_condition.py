from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.subscription_method_condition_method import SubscriptionMethodConditionMethod
from ..models.subscription_method_condition_webform_type import SubscriptionMethodConditionWebformType
from ..types import UNSET, Unset


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


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_method(json_value_: Any) -> SubscriptionMethodConditionMethod:
    method = SubscriptionMethodConditionMethod(json_value_)

    return method


def _decode_webform_type(json_value_: Any) -> SubscriptionMethodConditionWebformType | Unset:
    _webform_type = json_value_
    webform_type: SubscriptionMethodConditionWebformType | Unset
    if isinstance(_webform_type, Unset):
        webform_type = UNSET
    else:
        webform_type = SubscriptionMethodConditionWebformType(_webform_type)

    return webform_type


def _from_dict(cls: type[SubscriptionMethodCondition], src_dict: Mapping[str, Any]) -> SubscriptionMethodCondition:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("conditionType", UNSET)
    if value is UNSET:
        not_in_response(self, "condition_type")
    elif type(value) is str:
        try:
            self.condition_type = _members_condition_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.condition_type = ConditionTypeConditionType(value)
    elif absent(value):
        self.condition_type = value
    else:
        try:
            self.condition_type = _decode_condition_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "condition_type", value, error)
    value = get("method", UNSET)
    if value is UNSET:
        not_in_response(self, "method")
    elif type(value) is str:
        try:
            self.method = _members_method[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.method = SubscriptionMethodConditionMethod(value)
    elif absent(value):
        self.method = value
    else:
        try:
            self.method = _decode_method(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "method", value, error)
    value = get("webformType", UNSET)
    if type(value) is str:
        try:
            self.webform_type = _members_webform_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.webform_type = SubscriptionMethodConditionWebformType(value)
    elif absent(value):
        self.webform_type = value
    else:
        try:
            self.webform_type = _decode_webform_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "webform_type", value, error)
    self.value = get("value", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscriptionMethodCondition._wire_fields}


setattr(SubscriptionMethodCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
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
    "value": None,
}
SubscriptionMethodCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_method = enum_members(SubscriptionMethodConditionMethod)
_members_webform_type = enum_members(SubscriptionMethodConditionWebformType)
