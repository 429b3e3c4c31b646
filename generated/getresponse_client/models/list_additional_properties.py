from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_confirmation import ListConfirmation
    from ..models.list_optin_types import ListOptinTypes
    from ..models.list_postal import ListPostal
    from ..models.list_profile import ListProfile
    from ..models.list_subscription_notifications import ListSubscriptionNotifications


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListAdditionalProperties(WireModel):
    """
    Attributes:
        postal (ListPostal | Unset):
        confirmation (ListConfirmation | Unset):
        optin_types (ListOptinTypes | Unset):
        subscription_notifications (ListSubscriptionNotifications | Unset):
        profile (ListProfile | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    postal: ListPostal | Unset = UNSET
    confirmation: ListConfirmation | Unset = UNSET
    optin_types: ListOptinTypes | Unset = UNSET
    subscription_notifications: ListSubscriptionNotifications | Unset = UNSET
    profile: ListProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_confirmation import ListConfirmation  # noqa: E402
from ..models.list_optin_types import ListOptinTypes  # noqa: E402
from ..models.list_postal import ListPostal  # noqa: E402
from ..models.list_profile import ListProfile  # noqa: E402
from ..models.list_subscription_notifications import ListSubscriptionNotifications  # noqa: E402

bind_fields(
    ListAdditionalProperties,
    {
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
