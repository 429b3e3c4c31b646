from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    parse_datetime,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_confirmation import ListConfirmation
    from ..models.list_optin_types import ListOptinTypes
    from ..models.list_postal import ListPostal
    from ..models.list_profile import ListProfile
    from ..models.list_subscription_notifications import ListSubscriptionNotifications
    from .list_confirmation import ListConfirmationDict
    from .list_optin_types import ListOptinTypesDict
    from .list_postal import ListPostalDict
    from .list_profile import ListProfileDict
    from .list_subscription_notifications import ListSubscriptionNotificationsDict


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

    campaign_id: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    tech_name: str | Unset = _attrs_field(init=False, default=UNSET)
    language_code: str | Unset = UNSET
    is_default: StringBooleanEnum | Unset = UNSET
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    postal: ListPostal | Unset = UNSET
    confirmation: ListConfirmation | Unset = UNSET
    optin_types: ListOptinTypes | Unset = UNSET
    subscription_notifications: ListSubscriptionNotifications | Unset = UNSET
    profile: ListProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_is_default(json_value_: Any) -> StringBooleanEnum | Unset:
    _is_default = json_value_
    is_default: StringBooleanEnum | Unset
    if isinstance(_is_default, Unset):
        is_default = UNSET
    else:
        is_default = StringBooleanEnum(_is_default)

    return is_default


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_postal(json_value_: Any) -> ListPostal | Unset:
    _postal = json_value_
    postal: ListPostal | Unset
    if isinstance(_postal, Unset):
        postal = UNSET
    else:
        postal = ListPostal.from_dict(_postal)

    return postal


def _decode_confirmation(json_value_: Any) -> ListConfirmation | Unset:
    _confirmation = json_value_
    confirmation: ListConfirmation | Unset
    if isinstance(_confirmation, Unset):
        confirmation = UNSET
    else:
        confirmation = ListConfirmation.from_dict(_confirmation)

    return confirmation


def _decode_optin_types(json_value_: Any) -> ListOptinTypes | Unset:
    _optin_types = json_value_
    optin_types: ListOptinTypes | Unset
    if isinstance(_optin_types, Unset):
        optin_types = UNSET
    else:
        optin_types = ListOptinTypes.from_dict(_optin_types)

    return optin_types


def _decode_subscription_notifications(json_value_: Any) -> ListSubscriptionNotifications | Unset:
    _subscription_notifications = json_value_
    subscription_notifications: ListSubscriptionNotifications | Unset
    if isinstance(_subscription_notifications, Unset):
        subscription_notifications = UNSET
    else:
        subscription_notifications = ListSubscriptionNotifications.from_dict(_subscription_notifications)

    return subscription_notifications


def _decode_profile(json_value_: Any) -> ListProfile | Unset:
    _profile = json_value_
    profile: ListProfile | Unset
    if isinstance(_profile, Unset):
        profile = UNSET
    else:
        profile = ListProfile.from_dict(_profile)

    return profile


def _from_dict(cls: type[UpdateList], src_dict: Mapping[str, Any]) -> UpdateList:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.campaign_id = get("campaignId", UNSET)
    self.name = get("name", UNSET)
    self.tech_name = get("techName", UNSET)
    self.language_code = get("languageCode", UNSET)
    value = get("isDefault", UNSET)
    if type(value) is str:
        try:
            self.is_default = _members_is_default[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.is_default = StringBooleanEnum(value)
    elif absent(value):
        self.is_default = value
    else:
        try:
            self.is_default = _decode_is_default(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_default", value, error)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    self.href = get("href", UNSET)
    value = get("postal", UNSET)
    if type(value) is dict:
        self.postal = ListPostal.from_dict(value)
    elif absent(value):
        self.postal = value
    else:
        try:
            self.postal = _decode_postal(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "postal", value, error)
    value = get("confirmation", UNSET)
    if type(value) is dict:
        self.confirmation = ListConfirmation.from_dict(value)
    elif absent(value):
        self.confirmation = value
    else:
        try:
            self.confirmation = _decode_confirmation(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "confirmation", value, error)
    value = get("optinTypes", UNSET)
    if type(value) is dict:
        self.optin_types = ListOptinTypes.from_dict(value)
    elif absent(value):
        self.optin_types = value
    else:
        try:
            self.optin_types = _decode_optin_types(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "optin_types", value, error)
    value = get("subscriptionNotifications", UNSET)
    if type(value) is dict:
        self.subscription_notifications = ListSubscriptionNotifications.from_dict(value)
    elif absent(value):
        self.subscription_notifications = value
    else:
        try:
            self.subscription_notifications = _decode_subscription_notifications(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscription_notifications", value, error)
    value = get("profile", UNSET)
    if type(value) is dict:
        self.profile = ListProfile.from_dict(value)
    elif absent(value):
        self.profile = value
    else:
        try:
            self.profile = _decode_profile(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "profile", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateList._wire_fields}


class UpdateListDict(TypedDict, total=False):
    """UpdateList as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    languageCode: str
    isDefault: StringBooleanEnum | str
    postal: ListPostal | ListPostalDict
    confirmation: ListConfirmation | ListConfirmationDict
    optinTypes: ListOptinTypes | ListOptinTypesDict
    subscriptionNotifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict
    profile: ListProfile | ListProfileDict


setattr(UpdateList, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
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
UpdateList._read_only = frozenset(["campaign_id", "created_on", "href", "tech_name"])
UpdateList._decoders = {
    "campaign_id": None,
    "name": None,
    "tech_name": None,
    "language_code": None,
    "is_default": _decode_is_default,
    "created_on": _decode_created_on,
    "href": None,
    "postal": _decode_postal,
    "confirmation": _decode_confirmation,
    "optin_types": _decode_optin_types,
    "subscription_notifications": _decode_subscription_notifications,
    "profile": _decode_profile,
}
UpdateList._extra_decoder = _decode_additional_properties
_members_is_default = enum_members(StringBooleanEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_confirmation import ListConfirmation  # noqa: E402
from ..models.list_optin_types import ListOptinTypes  # noqa: E402
from ..models.list_postal import ListPostal  # noqa: E402
from ..models.list_profile import ListProfile  # noqa: E402
from ..models.list_subscription_notifications import ListSubscriptionNotifications  # noqa: E402
