from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_confirmation import ListConfirmation
    from ..models.list_optin_types import ListOptinTypes
    from ..models.list_postal import ListPostal
    from ..models.list_profile import ListProfile
    from ..models.list_subscription_notifications import ListSubscriptionNotifications


T = TypeVar("T", bound="UpdateList")


@_attrs_define
class UpdateList(WireModel):
    """Fields of a list (campaign in the API) to update.

    Attributes:
        campaign_id (str | Unset): Unique identifier of the campaign (contact list) Example: V3J.
        name (str | Unset): The campaign (list) name. Example: my_campaign.
        tech_name (str | Unset): Tech name is a unique internal ID of a list used for FTP imports (available in
            GetResponse MAX accounts only) Example: my_campaign.
        language_code (str | Unset): The campaign language code according to ISO 639-1, plus: zt - Chinese
            (Traditional), fs - Afghan Persian (Dari), md - Moldavian Example: EN.
        is_default (StringBooleanEnum | Unset):
        created_on (datetime.datetime | Unset): The date of creation Example: 2014-02-12T15:19:21+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/V3J.
        postal (ListPostal | Unset):
        confirmation (ListConfirmation | Unset):
        optin_types (ListOptinTypes | Unset):
        subscription_notifications (ListSubscriptionNotifications | Unset):
        profile (ListProfile | Unset):
    """

    campaign_id: str | Unset = UNSET
    name: str | Unset = UNSET
    tech_name: str | Unset = UNSET
    language_code: str | Unset = UNSET
    is_default: StringBooleanEnum | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    postal: ListPostal | Unset = UNSET
    confirmation: ListConfirmation | Unset = UNSET
    optin_types: ListOptinTypes | Unset = UNSET
    subscription_notifications: ListSubscriptionNotifications | Unset = UNSET
    profile: ListProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        name = self.name

        tech_name = self.tech_name

        language_code = self.language_code

        is_default: str | Unset = UNSET
        if not isinstance(self.is_default, Unset):
            is_default = self.is_default.value

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        href = self.href

        postal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal, Unset):
            postal = self.postal.to_dict()

        confirmation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmation, Unset):
            confirmation = self.confirmation.to_dict()

        optin_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optin_types, Unset):
            optin_types = self.optin_types.to_dict()

        subscription_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_notifications, Unset):
            subscription_notifications = self.subscription_notifications.to_dict()

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if tech_name is not UNSET:
            field_dict["techName"] = tech_name
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if href is not UNSET:
            field_dict["href"] = href
        if postal is not UNSET:
            field_dict["postal"] = postal
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation
        if optin_types is not UNSET:
            field_dict["optinTypes"] = optin_types
        if subscription_notifications is not UNSET:
            field_dict["subscriptionNotifications"] = subscription_notifications
        if profile is not UNSET:
            field_dict["profile"] = profile

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


def _decode_campaign_id(d: Mapping[str, Any]) -> str | Unset:
    campaign_id: str | Unset = d.get("campaignId", UNSET)
    return campaign_id


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_tech_name(d: Mapping[str, Any]) -> str | Unset:
    tech_name: str | Unset = d.get("techName", UNSET)
    return tech_name


def _decode_language_code(d: Mapping[str, Any]) -> str | Unset:
    language_code: str | Unset = d.get("languageCode", UNSET)
    return language_code


def _decode_is_default(d: Mapping[str, Any]) -> StringBooleanEnum | Unset:
    _is_default = d.get("isDefault", UNSET)
    is_default: StringBooleanEnum | Unset
    if isinstance(_is_default, Unset):
        is_default = UNSET
    else:
        is_default = StringBooleanEnum(_is_default)

    return is_default


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_postal(d: Mapping[str, Any]) -> ListPostal | Unset:
    from ..models.list_postal import ListPostal  # noqa: PLC0415

    _postal = d.get("postal", UNSET)
    postal: ListPostal | Unset
    if isinstance(_postal, Unset):
        postal = UNSET
    else:
        postal = ListPostal.from_dict(_postal)

    return postal


def _decode_confirmation(d: Mapping[str, Any]) -> ListConfirmation | Unset:
    from ..models.list_confirmation import ListConfirmation  # noqa: PLC0415

    _confirmation = d.get("confirmation", UNSET)
    confirmation: ListConfirmation | Unset
    if isinstance(_confirmation, Unset):
        confirmation = UNSET
    else:
        confirmation = ListConfirmation.from_dict(_confirmation)

    return confirmation


def _decode_optin_types(d: Mapping[str, Any]) -> ListOptinTypes | Unset:
    from ..models.list_optin_types import ListOptinTypes  # noqa: PLC0415

    _optin_types = d.get("optinTypes", UNSET)
    optin_types: ListOptinTypes | Unset
    if isinstance(_optin_types, Unset):
        optin_types = UNSET
    else:
        optin_types = ListOptinTypes.from_dict(_optin_types)

    return optin_types


def _decode_subscription_notifications(d: Mapping[str, Any]) -> ListSubscriptionNotifications | Unset:
    from ..models.list_subscription_notifications import ListSubscriptionNotifications  # noqa: PLC0415

    _subscription_notifications = d.get("subscriptionNotifications", UNSET)
    subscription_notifications: ListSubscriptionNotifications | Unset
    if isinstance(_subscription_notifications, Unset):
        subscription_notifications = UNSET
    else:
        subscription_notifications = ListSubscriptionNotifications.from_dict(_subscription_notifications)

    return subscription_notifications


def _decode_profile(d: Mapping[str, Any]) -> ListProfile | Unset:
    from ..models.list_profile import ListProfile  # noqa: PLC0415

    _profile = d.get("profile", UNSET)
    profile: ListProfile | Unset
    if isinstance(_profile, Unset):
        profile = UNSET
    else:
        profile = ListProfile.from_dict(_profile)

    return profile


def _encode_campaign_id(self: UpdateList) -> Any:
    campaign_id = self.campaign_id
    return campaign_id


def _encode_name(self: UpdateList) -> Any:
    name = self.name
    return name


def _encode_tech_name(self: UpdateList) -> Any:
    tech_name = self.tech_name
    return tech_name


def _encode_language_code(self: UpdateList) -> Any:
    language_code = self.language_code
    return language_code


def _encode_is_default(self: UpdateList) -> Any:
    is_default: str | Unset = UNSET
    if not isinstance(self.is_default, Unset):
        is_default = self.is_default.value

    return is_default


def _encode_created_on(self: UpdateList) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_href(self: UpdateList) -> Any:
    href = self.href
    return href


def _encode_postal(self: UpdateList) -> Any:
    postal: dict[str, Any] | Unset = UNSET
    if not isinstance(self.postal, Unset):
        postal = self.postal.to_dict()
    return postal


def _encode_confirmation(self: UpdateList) -> Any:
    confirmation: dict[str, Any] | Unset = UNSET
    if not isinstance(self.confirmation, Unset):
        confirmation = self.confirmation.to_dict()
    return confirmation


def _encode_optin_types(self: UpdateList) -> Any:
    optin_types: dict[str, Any] | Unset = UNSET
    if not isinstance(self.optin_types, Unset):
        optin_types = self.optin_types.to_dict()
    return optin_types


def _encode_subscription_notifications(self: UpdateList) -> Any:
    subscription_notifications: dict[str, Any] | Unset = UNSET
    if not isinstance(self.subscription_notifications, Unset):
        subscription_notifications = self.subscription_notifications.to_dict()
    return subscription_notifications


def _encode_profile(self: UpdateList) -> Any:
    profile: dict[str, Any] | Unset = UNSET
    if not isinstance(self.profile, Unset):
        profile = self.profile.to_dict()
    return profile


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateList._wire_fields}


UpdateList._wire_names = {
    "campaign_id": "campaignId",
    "name": "name",
    "tech_name": "techName",
    "language_code": "languageCode",
    "is_default": "isDefault",
    "created_on": "createdOn",
    "href": "href",
    "postal": "postal",
    "confirmation": "confirmation",
    "optin_types": "optinTypes",
    "subscription_notifications": "subscriptionNotifications",
    "profile": "profile",
}
UpdateList._wire_fields = frozenset(UpdateList._wire_names.values())
UpdateList._decoders = {
    "campaign_id": _decode_campaign_id,
    "name": _decode_name,
    "tech_name": _decode_tech_name,
    "language_code": _decode_language_code,
    "is_default": _decode_is_default,
    "created_on": _decode_created_on,
    "href": _decode_href,
    "postal": _decode_postal,
    "confirmation": _decode_confirmation,
    "optin_types": _decode_optin_types,
    "subscription_notifications": _decode_subscription_notifications,
    "profile": _decode_profile,
    "additional_properties": _decode_additional_properties,
}
UpdateList._encoders = {
    "campaign_id": _encode_campaign_id,
    "name": _encode_name,
    "tech_name": _encode_tech_name,
    "language_code": _encode_language_code,
    "is_default": _encode_is_default,
    "created_on": _encode_created_on,
    "href": _encode_href,
    "postal": _encode_postal,
    "confirmation": _encode_confirmation,
    "optin_types": _encode_optin_types,
    "subscription_notifications": _encode_subscription_notifications,
    "profile": _encode_profile,
}
