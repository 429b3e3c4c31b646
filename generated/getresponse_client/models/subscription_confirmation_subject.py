from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SubscriptionConfirmationSubject(WireModel):
    """
    Attributes:
        subscription_confirmation_subject_id (str | Unset): Subscription confirmation subject ID Example: AS3A.
        subject (str | Unset): Subject Example: Action Requested - please confirm your subscription..
        is_private (StringBooleanEnum | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    subscription_confirmation_subject_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    is_private: StringBooleanEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    SubscriptionConfirmationSubject,
    {
        "subscription_confirmation_subject_id": WireField("subscriptionConfirmationSubjectId"),
        "subject": WireField("subject"),
        "is_private": WireField("isPrivate", enum=StringBooleanEnum),
    },
    additional_properties=True,
)
