from __future__ import annotations

from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListAdditionalProperties._wire_fields}


ListAdditionalProperties._extra_decoder = _decode_additional_properties

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
