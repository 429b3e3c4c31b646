from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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
from ..models.gdpr_condition_consent_status import GdprConditionConsentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gdpr_condition_consent_date import GdprConditionConsentDate


@_attrs_define
class GdprCondition(WireModel):
    """Find contacts based on whether they have given or not given specific consents.

    Example:
        {'conditionType': 'gdpr', 'gdprFieldId': 'abC', 'consentStatus': 'given', 'consentDate': {'operator':
            'anytime'}}

    Attributes:
        condition_type (ConditionTypeConditionType):
        gdpr_field_id (str): The ID of the consent field. Example: abC.
        consent_status (GdprConditionConsentStatus): Specify whether you want to search for contacts who have given or
            not given consent. Example: given.
        consent_date (GdprConditionConsentDate | Unset): Specify when consent was given or not given.
    """

    condition_type: ConditionTypeConditionType
    gdpr_field_id: str
    consent_status: GdprConditionConsentStatus
    consent_date: GdprConditionConsentDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_consent_status(json_value_: Any) -> GdprConditionConsentStatus:
    consent_status = GdprConditionConsentStatus(json_value_)

    return consent_status


def _decode_consent_date(json_value_: Any) -> GdprConditionConsentDate | Unset:
    _consent_date = json_value_
    consent_date: GdprConditionConsentDate | Unset
    if isinstance(_consent_date, Unset):
        consent_date = UNSET
    else:
        consent_date = GdprConditionConsentDate.from_dict(_consent_date)

    return consent_date


def _from_dict(cls: type[GdprCondition], src_dict: Mapping[str, Any]) -> GdprCondition:
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
    value = get("gdprFieldId", UNSET)
    if value is UNSET:
        not_in_response(self, "gdpr_field_id")
    else:
        self.gdpr_field_id = value
    value = get("consentStatus", UNSET)
    if value is UNSET:
        not_in_response(self, "consent_status")
    elif type(value) is str:
        try:
            self.consent_status = _members_consent_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.consent_status = GdprConditionConsentStatus(value)
    elif absent(value):
        self.consent_status = value
    else:
        try:
            self.consent_status = _decode_consent_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "consent_status", value, error)
    value = get("consentDate", UNSET)
    if type(value) is dict:
        self.consent_date = GdprConditionConsentDate.from_dict(value)
    elif absent(value):
        self.consent_date = value
    else:
        try:
            self.consent_date = _decode_consent_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "consent_date", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GdprCondition._wire_fields}


setattr(GdprCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
GdprCondition._wire_names = {
    "condition_type": "conditionType",
    "gdpr_field_id": "gdprFieldId",
    "consent_status": "consentStatus",
    "consent_date": "consentDate",
}
GdprCondition._wire_fields = frozenset(GdprCondition._wire_names.values())
GdprCondition._decoders = {
    "condition_type": _decode_condition_type,
    "gdpr_field_id": None,
    "consent_status": _decode_consent_status,
    "consent_date": _decode_consent_date,
}
GdprCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_consent_status = enum_members(GdprConditionConsentStatus)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.gdpr_condition_consent_date import GdprConditionConsentDate  # noqa: E402
