from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.form_settings_already_subscribed_type import FormSettingsAlreadySubscribedType
from ..models.form_settings_forward_data_request_type import FormSettingsForwardDataRequestType
from ..models.form_settings_optin import FormSettingsOptin
from ..models.form_settings_thank_you_type import FormSettingsThankYouType
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_reference import CustomFieldReference


T = TypeVar("T", bound="FormSettings")


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

    def _encode(self) -> dict[str, Any]:
        from ..models.custom_field_reference import CustomFieldReference  # noqa: PLC0415

        optin: str | Unset = UNSET
        if not isinstance(self.optin, Unset):
            optin = self.optin.value

        phase: int | None | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        thank_you_type: str | Unset = UNSET
        if not isinstance(self.thank_you_type, Unset):
            thank_you_type = self.thank_you_type.value

        thank_you_url: None | str | Unset
        if isinstance(self.thank_you_url, Unset):
            thank_you_url = UNSET
        else:
            thank_you_url = self.thank_you_url

        already_subscribed_type: str | Unset = UNSET
        if not isinstance(self.already_subscribed_type, Unset):
            already_subscribed_type = self.already_subscribed_type.value

        already_subscribed_url: None | str | Unset
        if isinstance(self.already_subscribed_url, Unset):
            already_subscribed_url = UNSET
        else:
            already_subscribed_url = self.already_subscribed_url

        second_stage_captcha: str | Unset = UNSET
        if not isinstance(self.second_stage_captcha, Unset):
            second_stage_captcha = self.second_stage_captcha.value

        forward_data_request_type: str | Unset = UNSET
        if not isinstance(self.forward_data_request_type, Unset):
            forward_data_request_type = self.forward_data_request_type.value

        tracking_custom_field_value: None | str | Unset
        if isinstance(self.tracking_custom_field_value, Unset):
            tracking_custom_field_value = UNSET
        else:
            tracking_custom_field_value = self.tracking_custom_field_value

        tracking_custom_field: dict[str, Any] | None | Unset
        if isinstance(self.tracking_custom_field, Unset):
            tracking_custom_field = UNSET
        elif isinstance(self.tracking_custom_field, CustomFieldReference):
            tracking_custom_field = self.tracking_custom_field.to_dict()
        else:
            tracking_custom_field = self.tracking_custom_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if optin is not UNSET:
            field_dict["optin"] = optin
        if phase is not UNSET:
            field_dict["phase"] = phase
        if thank_you_type is not UNSET:
            field_dict["thankYouType"] = thank_you_type
        if thank_you_url is not UNSET:
            field_dict["thankYouUrl"] = thank_you_url
        if already_subscribed_type is not UNSET:
            field_dict["alreadySubscribedType"] = already_subscribed_type
        if already_subscribed_url is not UNSET:
            field_dict["alreadySubscribedUrl"] = already_subscribed_url
        if second_stage_captcha is not UNSET:
            field_dict["secondStageCaptcha"] = second_stage_captcha
        if forward_data_request_type is not UNSET:
            field_dict["forwardDataRequestType"] = forward_data_request_type
        if tracking_custom_field_value is not UNSET:
            field_dict["trackingCustomFieldValue"] = tracking_custom_field_value
        if tracking_custom_field is not UNSET:
            field_dict["trackingCustomField"] = tracking_custom_field

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


def _decode_optin(json_value_: Any) -> FormSettingsOptin | Unset:
    _optin = json_value_
    optin: FormSettingsOptin | Unset
    if isinstance(_optin, Unset):
        optin = UNSET
    else:
        optin = FormSettingsOptin(_optin)

    return optin


def _encode_optin(self: FormSettings) -> Any:
    optin: str | Unset = UNSET
    if not isinstance(self.optin, Unset):
        optin = self.optin.value

    return optin


def _encode_phase(self: FormSettings) -> Any:
    phase: int | None | Unset
    if isinstance(self.phase, Unset):
        phase = UNSET
    else:
        phase = self.phase
    return phase


def _decode_thank_you_type(json_value_: Any) -> FormSettingsThankYouType | Unset:
    _thank_you_type = json_value_
    thank_you_type: FormSettingsThankYouType | Unset
    if isinstance(_thank_you_type, Unset):
        thank_you_type = UNSET
    else:
        thank_you_type = FormSettingsThankYouType(_thank_you_type)

    return thank_you_type


def _encode_thank_you_type(self: FormSettings) -> Any:
    thank_you_type: str | Unset = UNSET
    if not isinstance(self.thank_you_type, Unset):
        thank_you_type = self.thank_you_type.value

    return thank_you_type


def _encode_thank_you_url(self: FormSettings) -> Any:
    thank_you_url: None | str | Unset
    if isinstance(self.thank_you_url, Unset):
        thank_you_url = UNSET
    else:
        thank_you_url = self.thank_you_url
    return thank_you_url


def _decode_already_subscribed_type(json_value_: Any) -> FormSettingsAlreadySubscribedType | Unset:
    _already_subscribed_type = json_value_
    already_subscribed_type: FormSettingsAlreadySubscribedType | Unset
    if isinstance(_already_subscribed_type, Unset):
        already_subscribed_type = UNSET
    else:
        already_subscribed_type = FormSettingsAlreadySubscribedType(_already_subscribed_type)

    return already_subscribed_type


def _encode_already_subscribed_type(self: FormSettings) -> Any:
    already_subscribed_type: str | Unset = UNSET
    if not isinstance(self.already_subscribed_type, Unset):
        already_subscribed_type = self.already_subscribed_type.value

    return already_subscribed_type


def _encode_already_subscribed_url(self: FormSettings) -> Any:
    already_subscribed_url: None | str | Unset
    if isinstance(self.already_subscribed_url, Unset):
        already_subscribed_url = UNSET
    else:
        already_subscribed_url = self.already_subscribed_url
    return already_subscribed_url


def _decode_second_stage_captcha(json_value_: Any) -> StringBooleanEnum | Unset:
    _second_stage_captcha = json_value_
    second_stage_captcha: StringBooleanEnum | Unset
    if isinstance(_second_stage_captcha, Unset):
        second_stage_captcha = UNSET
    else:
        second_stage_captcha = StringBooleanEnum(_second_stage_captcha)

    return second_stage_captcha


def _encode_second_stage_captcha(self: FormSettings) -> Any:
    second_stage_captcha: str | Unset = UNSET
    if not isinstance(self.second_stage_captcha, Unset):
        second_stage_captcha = self.second_stage_captcha.value

    return second_stage_captcha


def _decode_forward_data_request_type(json_value_: Any) -> FormSettingsForwardDataRequestType | Unset:
    _forward_data_request_type = json_value_
    forward_data_request_type: FormSettingsForwardDataRequestType | Unset
    if isinstance(_forward_data_request_type, Unset):
        forward_data_request_type = UNSET
    else:
        forward_data_request_type = FormSettingsForwardDataRequestType(_forward_data_request_type)

    return forward_data_request_type


def _encode_forward_data_request_type(self: FormSettings) -> Any:
    forward_data_request_type: str | Unset = UNSET
    if not isinstance(self.forward_data_request_type, Unset):
        forward_data_request_type = self.forward_data_request_type.value

    return forward_data_request_type


def _encode_tracking_custom_field_value(self: FormSettings) -> Any:
    tracking_custom_field_value: None | str | Unset
    if isinstance(self.tracking_custom_field_value, Unset):
        tracking_custom_field_value = UNSET
    else:
        tracking_custom_field_value = self.tracking_custom_field_value
    return tracking_custom_field_value


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


def _encode_tracking_custom_field(self: FormSettings) -> Any:
    tracking_custom_field: dict[str, Any] | None | Unset
    if isinstance(self.tracking_custom_field, Unset):
        tracking_custom_field = UNSET
    elif isinstance(self.tracking_custom_field, CustomFieldReference):
        tracking_custom_field = self.tracking_custom_field.to_dict()
    else:
        tracking_custom_field = self.tracking_custom_field
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
    if absent(value):
        self.optin = value
    else:
        try:
            self.optin = _decode_optin(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "optin", value, error)
    self.phase = get("phase", UNSET)
    value = get("thankYouType", UNSET)
    if absent(value):
        self.thank_you_type = value
    else:
        try:
            self.thank_you_type = _decode_thank_you_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "thank_you_type", value, error)
    self.thank_you_url = get("thankYouUrl", UNSET)
    value = get("alreadySubscribedType", UNSET)
    if absent(value):
        self.already_subscribed_type = value
    else:
        try:
            self.already_subscribed_type = _decode_already_subscribed_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "already_subscribed_type", value, error)
    self.already_subscribed_url = get("alreadySubscribedUrl", UNSET)
    value = get("secondStageCaptcha", UNSET)
    if absent(value):
        self.second_stage_captcha = value
    else:
        try:
            self.second_stage_captcha = _decode_second_stage_captcha(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "second_stage_captcha", value, error)
    value = get("forwardDataRequestType", UNSET)
    if absent(value):
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
FormSettings._encoders = {
    "optin": _encode_optin,
    "phase": _encode_phase,
    "thank_you_type": _encode_thank_you_type,
    "thank_you_url": _encode_thank_you_url,
    "already_subscribed_type": _encode_already_subscribed_type,
    "already_subscribed_url": _encode_already_subscribed_url,
    "second_stage_captcha": _encode_second_stage_captcha,
    "forward_data_request_type": _encode_forward_data_request_type,
    "tracking_custom_field_value": _encode_tracking_custom_field_value,
    "tracking_custom_field": _encode_tracking_custom_field,
}
FormSettings._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.custom_field_reference import CustomFieldReference  # noqa: E402
