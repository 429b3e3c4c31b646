from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


UpdateList._read_only = frozenset(["campaign_id", "created_on", "href", "tech_name"])

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_confirmation import ListConfirmation  # noqa: E402
from ..models.list_optin_types import ListOptinTypes  # noqa: E402
from ..models.list_postal import ListPostal  # noqa: E402
from ..models.list_profile import ListProfile  # noqa: E402
from ..models.list_subscription_notifications import ListSubscriptionNotifications  # noqa: E402

bind_fields(
    UpdateList,
    {
        "campaign_id": WireField("campaignId"),
        "name": WireField("name"),
        "tech_name": WireField("techName"),
        "language_code": WireField("languageCode"),
        "is_default": WireField("isDefault", enum=StringBooleanEnum),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
        "postal": WireField("postal", decode=ListPostal.from_dict, keep=True),
        "confirmation": WireField("confirmation", decode=ListConfirmation.from_dict, keep=True),
        "optin_types": WireField("optinTypes", decode=ListOptinTypes.from_dict, keep=True),
        "subscription_notifications": WireField(
            "subscriptionNotifications", decode=ListSubscriptionNotifications.from_dict, keep=True
        ),
        "profile": WireField("profile", decode=ListProfile.from_dict, keep=True),
    },
    additional_properties=True,
)
