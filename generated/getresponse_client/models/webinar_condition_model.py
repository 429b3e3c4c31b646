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
from ..models.webinar_condition_contact_type import WebinarConditionContactType
from ..models.webinar_condition_webinar_condition import WebinarConditionWebinarCondition
from ..types import UNSET


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


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_webinar_condition(json_value_: Any) -> WebinarConditionWebinarCondition:
    webinar_condition = WebinarConditionWebinarCondition(json_value_)

    return webinar_condition


def _decode_contact_type(json_value_: Any) -> WebinarConditionContactType:
    contact_type = WebinarConditionContactType(json_value_)

    return contact_type


def _from_dict(cls: type[WebinarCondition], src_dict: Mapping[str, Any]) -> WebinarCondition:
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
    value = get("scope", UNSET)
    if value is UNSET:
        not_in_response(self, "scope")
    else:
        self.scope = value
    value = get("webinarCondition", UNSET)
    if value is UNSET:
        not_in_response(self, "webinar_condition")
    elif type(value) is str:
        try:
            self.webinar_condition = _members_webinar_condition[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.webinar_condition = WebinarConditionWebinarCondition(value)
    elif absent(value):
        self.webinar_condition = value
    else:
        try:
            self.webinar_condition = _decode_webinar_condition(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "webinar_condition", value, error)
    value = get("contactType", UNSET)
    if value is UNSET:
        not_in_response(self, "contact_type")
    elif type(value) is str:
        try:
            self.contact_type = _members_contact_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.contact_type = WebinarConditionContactType(value)
    elif absent(value):
        self.contact_type = value
    else:
        try:
            self.contact_type = _decode_contact_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "contact_type", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarCondition._wire_fields}


setattr(WebinarCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
WebinarCondition._wire_names = {
    "condition_type": "conditionType",
    "scope": "scope",
    "webinar_condition": "webinarCondition",
    "contact_type": "contactType",
}
WebinarCondition._wire_fields = frozenset(WebinarCondition._wire_names.values())
WebinarCondition._decoders = {
    "condition_type": _decode_condition_type,
    "scope": None,
    "webinar_condition": _decode_webinar_condition,
    "contact_type": _decode_contact_type,
}
WebinarCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_webinar_condition = enum_members(WebinarConditionWebinarCondition)
_members_contact_type = enum_members(WebinarConditionContactType)
