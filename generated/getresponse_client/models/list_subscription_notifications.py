from __future__ import annotations

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
)

from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from .from_field_reference import FromFieldReferenceDict


@_attrs_define
class ListSubscriptionNotifications(WireModel):
    """
    Attributes:
        status (StatusEnum | Unset):
        recipients (list[FromFieldReference] | Unset):
    """

    status: StatusEnum | Unset = UNSET
    recipients: list[FromFieldReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _decode_recipients(json_value_: Any) -> list[FromFieldReference] | Unset:
    _recipients = json_value_
    recipients: list[FromFieldReference] | Unset = UNSET
    if _recipients is not UNSET:
        recipients = []
        for recipients_item_data in _recipients:
            recipients_item = FromFieldReference.from_dict(recipients_item_data)

            recipients.append(recipients_item)

    return recipients


def _from_dict(cls: type[ListSubscriptionNotifications], src_dict: Mapping[str, Any]) -> ListSubscriptionNotifications:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = StatusEnum(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("recipients", UNSET)
    if absent(value):
        self.recipients = value
    else:
        try:
            self.recipients = _decode_recipients(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "recipients", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListSubscriptionNotifications._wire_fields}


class ListSubscriptionNotificationsDict(TypedDict, total=False):
    """ListSubscriptionNotifications as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    status: StatusEnum | str
    recipients: list[FromFieldReference | FromFieldReferenceDict]


setattr(
    ListSubscriptionNotifications, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListSubscriptionNotifications._wire_names = {
    "status": "status",
    "recipients": "recipients",
}
ListSubscriptionNotifications._wire_fields = frozenset(ListSubscriptionNotifications._wire_names.values())
ListSubscriptionNotifications._decoders = {
    "status": _decode_status,
    "recipients": _decode_recipients,
}
ListSubscriptionNotifications._extra_decoder = _decode_additional_properties
_members_status = enum_members(StatusEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
