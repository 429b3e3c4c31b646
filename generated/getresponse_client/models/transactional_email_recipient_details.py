from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
)

from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_recipient_clicked_link import TransactionalEmailRecipientClickedLink
    from ..models.transactional_email_recipient_statuses import TransactionalEmailRecipientStatuses


@_attrs_define
class TransactionalEmailRecipientDetails(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
        statuses (TransactionalEmailRecipientStatuses | Unset):
        clicked_links (list[TransactionalEmailRecipientClickedLink] | Unset):
    """

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = UNSET
    statuses: TransactionalEmailRecipientStatuses | Unset = UNSET
    clicked_links: list[TransactionalEmailRecipientClickedLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> TransactionalEmailRecipientStatus | Unset:
    _status = json_value_
    status: TransactionalEmailRecipientStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransactionalEmailRecipientStatus(_status)

    return status


def _decode_statuses(json_value_: Any) -> TransactionalEmailRecipientStatuses | Unset:
    _statuses = json_value_
    statuses: TransactionalEmailRecipientStatuses | Unset
    if isinstance(_statuses, Unset):
        statuses = UNSET
    else:
        statuses = TransactionalEmailRecipientStatuses.from_dict(_statuses)

    return statuses


def _decode_clicked_links(json_value_: Any) -> list[TransactionalEmailRecipientClickedLink] | Unset:
    _clicked_links = json_value_
    clicked_links: list[TransactionalEmailRecipientClickedLink] | Unset = UNSET
    if _clicked_links is not UNSET:
        clicked_links = []
        for clicked_links_item_data in _clicked_links:
            clicked_links_item = TransactionalEmailRecipientClickedLink.from_dict(clicked_links_item_data)

            clicked_links.append(clicked_links_item)

    return clicked_links


def _from_dict(
    cls: type[TransactionalEmailRecipientDetails], src_dict: Mapping[str, Any]
) -> TransactionalEmailRecipientDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("email", UNSET)
    if value is UNSET:
        not_in_response(self, "email")
    else:
        self.email = value
    self.name = get("name", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = TransactionalEmailRecipientStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("statuses", UNSET)
    if type(value) is dict:
        self.statuses = TransactionalEmailRecipientStatuses.from_dict(value)
    elif absent(value):
        self.statuses = value
    else:
        try:
            self.statuses = _decode_statuses(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statuses", value, error)
    value = get("clickedLinks", UNSET)
    if absent(value):
        self.clicked_links = value
    else:
        try:
            self.clicked_links = _decode_clicked_links(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "clicked_links", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipientDetails._wire_fields}


setattr(
    TransactionalEmailRecipientDetails, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailRecipientDetails._wire_names = {
    "email": "email",
    "name": "name",
    "status": "status",
    "statuses": "statuses",
    "clicked_links": "clickedLinks",
}
TransactionalEmailRecipientDetails._wire_fields = frozenset(TransactionalEmailRecipientDetails._wire_names.values())
TransactionalEmailRecipientDetails._decoders = {
    "email": None,
    "name": None,
    "status": _decode_status,
    "statuses": _decode_statuses,
    "clicked_links": _decode_clicked_links,
}
TransactionalEmailRecipientDetails._extra_decoder = _decode_additional_properties
_members_status = enum_members(TransactionalEmailRecipientStatus)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_recipient_clicked_link import TransactionalEmailRecipientClickedLink  # noqa: E402
from ..models.transactional_email_recipient_statuses import TransactionalEmailRecipientStatuses  # noqa: E402
