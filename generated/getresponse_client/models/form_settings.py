from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.form_settings_already_subscribed_type import FormSettingsAlreadySubscribedType
from ..models.form_settings_forward_data_request_type import FormSettingsForwardDataRequestType
from ..models.form_settings_optin import FormSettingsOptin
from ..models.form_settings_thank_you_type import FormSettingsThankYouType
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_reference import CustomFieldReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.custom_field_reference import CustomFieldReference  # noqa: E402

bind_fields(
    FormSettings,
    {
        "optin": WireField("optin", enum=FormSettingsOptin),
        "phase": WireField("phase"),
        "thank_you_type": WireField("thankYouType", enum=FormSettingsThankYouType),
        "thank_you_url": WireField("thankYouUrl"),
        "already_subscribed_type": WireField("alreadySubscribedType", enum=FormSettingsAlreadySubscribedType),
        "already_subscribed_url": WireField("alreadySubscribedUrl"),
        "second_stage_captcha": WireField("secondStageCaptcha", enum=StringBooleanEnum),
        "forward_data_request_type": WireField("forwardDataRequestType", enum=FormSettingsForwardDataRequestType),
        "tracking_custom_field_value": WireField("trackingCustomFieldValue"),
        "tracking_custom_field": WireField("trackingCustomField", decode=_decode_tracking_custom_field, keep=True),
    },
    additional_properties=True,
)
