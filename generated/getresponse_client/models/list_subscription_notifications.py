from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from .from_field_reference import FromFieldReferenceDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListSubscriptionNotifications(WireModel):
    """
    Attributes:
        status (StatusEnum | Unset):
        recipients (list[FromFieldReference] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    status: StatusEnum | Unset = UNSET
    recipients: list[FromFieldReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_recipients(json_value_: Any) -> list[FromFieldReference] | Unset:
    _recipients = json_value_
    recipients: list[FromFieldReference] | Unset = UNSET
    if _recipients is not UNSET:
        recipients = []
        for recipients_item_data in _recipients:
            recipients_item = FromFieldReference.from_dict(recipients_item_data)

            recipients.append(recipients_item)

    return recipients


class ListSubscriptionNotificationsDict(TypedDict, total=False):
    """ListSubscriptionNotifications as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    status: StatusEnum | str
    recipients: list[FromFieldReference | FromFieldReferenceDict]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402

bind_fields(
    ListSubscriptionNotifications,
    {
        "status": WireField("status", enum=StatusEnum),
        "recipients": WireField("recipients", decode=_decode_recipients, keep=True),
    },
    additional_properties=True,
)
