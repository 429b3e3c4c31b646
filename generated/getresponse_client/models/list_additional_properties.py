from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_confirmation import ListConfirmation
    from ..models.list_optin_types import ListOptinTypes
    from ..models.list_postal import ListPostal
    from ..models.list_profile import ListProfile
    from ..models.list_subscription_notifications import ListSubscriptionNotifications


T = TypeVar("T", bound="ListAdditionalProperties")


@_attrs_define
class ListAdditionalProperties(WireModel):
    """
    Attributes:
        postal (ListPostal | Unset):
        confirmation (ListConfirmation | Unset):
        optin_types (ListOptinTypes | Unset):
        subscription_notifications (ListSubscriptionNotifications | Unset):
        profile (ListProfile | Unset):
    """

    postal: ListPostal | Unset = UNSET
    confirmation: ListConfirmation | Unset = UNSET
    optin_types: ListOptinTypes | Unset = UNSET
    subscription_notifications: ListSubscriptionNotifications | Unset = UNSET
    profile: ListProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
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


def _encode_postal(self: ListAdditionalProperties) -> Any:
    postal: dict[str, Any] | Unset = UNSET
    if not isinstance(self.postal, Unset):
        postal = self.postal.to_dict()
    return postal


def _encode_confirmation(self: ListAdditionalProperties) -> Any:
    confirmation: dict[str, Any] | Unset = UNSET
    if not isinstance(self.confirmation, Unset):
        confirmation = self.confirmation.to_dict()
    return confirmation


def _encode_optin_types(self: ListAdditionalProperties) -> Any:
    optin_types: dict[str, Any] | Unset = UNSET
    if not isinstance(self.optin_types, Unset):
        optin_types = self.optin_types.to_dict()
    return optin_types


def _encode_subscription_notifications(self: ListAdditionalProperties) -> Any:
    subscription_notifications: dict[str, Any] | Unset = UNSET
    if not isinstance(self.subscription_notifications, Unset):
        subscription_notifications = self.subscription_notifications.to_dict()
    return subscription_notifications


def _encode_profile(self: ListAdditionalProperties) -> Any:
    profile: dict[str, Any] | Unset = UNSET
    if not isinstance(self.profile, Unset):
        profile = self.profile.to_dict()
    return profile


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListAdditionalProperties._wire_fields}


ListAdditionalProperties._wire_names = {
    "postal": "postal",
    "confirmation": "confirmation",
    "optin_types": "optinTypes",
    "subscription_notifications": "subscriptionNotifications",
    "profile": "profile",
}
ListAdditionalProperties._wire_fields = frozenset(ListAdditionalProperties._wire_names.values())
ListAdditionalProperties._decoders = {
    "postal": _decode_postal,
    "confirmation": _decode_confirmation,
    "optin_types": _decode_optin_types,
    "subscription_notifications": _decode_subscription_notifications,
    "profile": _decode_profile,
    "additional_properties": _decode_additional_properties,
}
ListAdditionalProperties._encoders = {
    "postal": _encode_postal,
    "confirmation": _encode_confirmation,
    "optin_types": _encode_optin_types,
    "subscription_notifications": _encode_subscription_notifications,
    "profile": _encode_profile,
}
