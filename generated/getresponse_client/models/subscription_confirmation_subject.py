from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SubscriptionConfirmationSubject(WireModel):
    """
    Attributes:
        subscription_confirmation_subject_id (str | Unset): Subscription confirmation subject ID Example: AS3A.
        subject (str | Unset): Subject Example: Action Requested - please confirm your subscription..
        is_private (StringBooleanEnum | Unset):
    """

    subscription_confirmation_subject_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    is_private: StringBooleanEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscriptionConfirmationSubject._wire_fields}


SubscriptionConfirmationSubject._extra_decoder = _decode_additional_properties

bind_fields(
    SubscriptionConfirmationSubject,
    {
        "subscription_confirmation_subject_id": WireField("subscriptionConfirmationSubjectId"),
        "subject": WireField("subject"),
        "is_private": WireField("isPrivate", enum=StringBooleanEnum),
    },
    additional_properties=True,
)
