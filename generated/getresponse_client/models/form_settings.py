from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
)

from ..models.form_settings_already_subscribed_type import FormSettingsAlreadySubscribedType
from ..models.form_settings_forward_data_request_type import FormSettingsForwardDataRequestType
from ..models.form_settings_optin import FormSettingsOptin
from ..models.form_settings_thank_you_type import FormSettingsThankYouType
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_reference import CustomFieldReference


@_attrs_define
class FormSettings(WireModel):
    """
    Attributes:
        optin (FormSettingsOptin | Unset): single - Single opt-in means that the contact will be added without
            confirming their subscription first. Example: single.
        phase (int | None | Unset): The contact who subscribed via this form will be added to the selected day in the
            autoresponder cycle. Example: 5.
        thank_you_type (FormSettingsThankYouType | Unset): What should happen when a new contact subscribes via the
            form. Example: stay_on_page.
        thank_you_url (None | str | Unset): The URL used to redirect the newly subscribed contacts when they complete
            this form. Example: https://example.com/thank-you.
        already_subscribed_type (FormSettingsAlreadySubscribedType | Unset): What to do when the address already exists
            in the campaign Example: stay_on_page.
        already_subscribed_url (None | str | Unset): The URL used to redirect the already subscribed contacts when they
            complete this form. Example: https://example.com/thank-you.
        second_stage_captcha (StringBooleanEnum | Unset):
        forward_data_request_type (FormSettingsForwardDataRequestType | Unset): How to forward form data to a thank-you
            page.
        tracking_custom_field_value (None | str | Unset): See the trackingCustomField description Example: 123.
        tracking_custom_field (CustomFieldReference | None | Unset): The custom field set on contacts who subscribe
            through this form.
    """

    optin: FormSettingsOptin | Unset = UNSET
    phase: int | None | Unset = UNSET
    thank_you_type: FormSettingsThankYouType | Unset = UNSET
    thank_you_url: None | str | Unset = UNSET
    already_subscribed_type: FormSettingsAlreadySubscribedType | Unset = UNSET
    already_subscribed_url: None | str | Unset = UNSET
    second_stage_captcha: StringBooleanEnum | Unset = UNSET
    forward_data_request_type: FormSettingsForwardDataRequestType | Unset = UNSET
    tracking_custom_field_value: None | str | Unset = UNSET
    tracking_custom_field: CustomFieldReference | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_optin(json_value_: Any) -> FormSettingsOptin | Unset:
    _optin = json_value_
    optin: FormSettingsOptin | Unset
    if isinstance(_optin, Unset):
        optin = UNSET
    else:
        optin = FormSettingsOptin(_optin)

    return optin


def _decode_thank_you_type(json_value_: Any) -> FormSettingsThankYouType | Unset:
    _thank_you_type = json_value_
    thank_you_type: FormSettingsThankYouType | Unset
    if isinstance(_thank_you_type, Unset):
        thank_you_type = UNSET
    else:
        thank_you_type = FormSettingsThankYouType(_thank_you_type)

    return thank_you_type


def _decode_already_subscribed_type(json_value_: Any) -> FormSettingsAlreadySubscribedType | Unset:
    _already_subscribed_type = json_value_
    already_subscribed_type: FormSettingsAlreadySubscribedType | Unset
    if isinstance(_already_subscribed_type, Unset):
        already_subscribed_type = UNSET
    else:
        already_subscribed_type = FormSettingsAlreadySubscribedType(_already_subscribed_type)

    return already_subscribed_type


def _decode_second_stage_captcha(json_value_: Any) -> StringBooleanEnum | Unset:
    _second_stage_captcha = json_value_
    second_stage_captcha: StringBooleanEnum | Unset
    if isinstance(_second_stage_captcha, Unset):
        second_stage_captcha = UNSET
    else:
        second_stage_captcha = StringBooleanEnum(_second_stage_captcha)

    return second_stage_captcha


def _decode_forward_data_request_type(json_value_: Any) -> FormSettingsForwardDataRequestType | Unset:
    _forward_data_request_type = json_value_
    forward_data_request_type: FormSettingsForwardDataRequestType | Unset
    if isinstance(_forward_data_request_type, Unset):
        forward_data_request_type = UNSET
    else:
        forward_data_request_type = FormSettingsForwardDataRequestType(_forward_data_request_type)

    return forward_data_request_type


def _decode_tracking_custom_field(json_value_: Any) -> CustomFieldReference | None | Unset:
    def _parse_tracking_custom_field(data: object) -> CustomFieldReference | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            tracking_custom_field_type_1 = CustomFieldReference.from_dict(data)

            return tracking_custom_field_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CustomFieldReference | None | Unset, data)

    tracking_custom_field = _parse_tracking_custom_field(json_value_)

    return tracking_custom_field


def _from_dict(cls: type[FormSettings], src_dict: Mapping[str, Any]) -> FormSettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("optin", UNSET)
    if type(value) is str:
        try:
            self.optin = _members_optin[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.optin = FormSettingsOptin(value)
    elif absent(value):
        self.optin = value
    else:
        try:
            self.optin = _decode_optin(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "optin", value, error)
    self.phase = get("phase", UNSET)
    value = get("thankYouType", UNSET)
    if type(value) is str:
        try:
            self.thank_you_type = _members_thank_you_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.thank_you_type = FormSettingsThankYouType(value)
    elif absent(value):
        self.thank_you_type = value
    else:
        try:
            self.thank_you_type = _decode_thank_you_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "thank_you_type", value, error)
    self.thank_you_url = get("thankYouUrl", UNSET)
    value = get("alreadySubscribedType", UNSET)
    if type(value) is str:
        try:
            self.already_subscribed_type = _members_already_subscribed_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.already_subscribed_type = FormSettingsAlreadySubscribedType(value)
    elif absent(value):
        self.already_subscribed_type = value
    else:
        try:
            self.already_subscribed_type = _decode_already_subscribed_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "already_subscribed_type", value, error)
    self.already_subscribed_url = get("alreadySubscribedUrl", UNSET)
    value = get("secondStageCaptcha", UNSET)
    if type(value) is str:
        try:
            self.second_stage_captcha = _members_second_stage_captcha[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.second_stage_captcha = StringBooleanEnum(value)
    elif absent(value):
        self.second_stage_captcha = value
    else:
        try:
            self.second_stage_captcha = _decode_second_stage_captcha(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "second_stage_captcha", value, error)
    value = get("forwardDataRequestType", UNSET)
    if type(value) is str:
        try:
            self.forward_data_request_type = _members_forward_data_request_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.forward_data_request_type = FormSettingsForwardDataRequestType(value)
    elif absent(value):
        self.forward_data_request_type = value
    else:
        try:
            self.forward_data_request_type = _decode_forward_data_request_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "forward_data_request_type", value, error)
    self.tracking_custom_field_value = get("trackingCustomFieldValue", UNSET)
    value = get("trackingCustomField", UNSET)
    if absent(value):
        self.tracking_custom_field = value
    else:
        try:
            self.tracking_custom_field = _decode_tracking_custom_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "tracking_custom_field", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FormSettings._wire_fields}


setattr(FormSettings, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FormSettings._wire_names = {
    "optin": "optin",
    "phase": "phase",
    "thank_you_type": "thankYouType",
    "thank_you_url": "thankYouUrl",
    "already_subscribed_type": "alreadySubscribedType",
    "already_subscribed_url": "alreadySubscribedUrl",
    "second_stage_captcha": "secondStageCaptcha",
    "forward_data_request_type": "forwardDataRequestType",
    "tracking_custom_field_value": "trackingCustomFieldValue",
    "tracking_custom_field": "trackingCustomField",
}
FormSettings._wire_fields = frozenset(FormSettings._wire_names.values())
FormSettings._decoders = {
    "optin": _decode_optin,
    "phase": None,
    "thank_you_type": _decode_thank_you_type,
    "thank_you_url": None,
    "already_subscribed_type": _decode_already_subscribed_type,
    "already_subscribed_url": None,
    "second_stage_captcha": _decode_second_stage_captcha,
    "forward_data_request_type": _decode_forward_data_request_type,
    "tracking_custom_field_value": None,
    "tracking_custom_field": _decode_tracking_custom_field,
}
FormSettings._extra_decoder = _decode_additional_properties
_members_optin = enum_members(FormSettingsOptin)
_members_thank_you_type = enum_members(FormSettingsThankYouType)
_members_already_subscribed_type = enum_members(FormSettingsAlreadySubscribedType)
_members_second_stage_captcha = enum_members(StringBooleanEnum)
_members_forward_data_request_type = enum_members(FormSettingsForwardDataRequestType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.custom_field_reference import CustomFieldReference  # noqa: E402
