from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

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
    parse_datetime,
)

from ..models.searched_contact_details_origin import SearchedContactDetailsOrigin
from ..models.searched_contact_details_reason import SearchedContactDetailsReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


@_attrs_define
class SearchedContactDetails(WireModel):
    """
    Attributes:
        contact_id (str): The contact identifier Example: jtLF5i.
        name (None | str | Unset): The contact description Example: John Doe.
        email (str | Unset):  Example: john.doe@example.com.
        origin (SearchedContactDetailsOrigin | Unset):  Example: landing_page.
        day_of_cycle (None | str | Unset):  Example: 153.
        created_on (datetime.datetime | Unset):  Example: 2018-01-15T13:30:42+0000.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        score (None | str | Unset):  Example: 5.
        reason (SearchedContactDetailsReason | Unset):  Example: support.
        deleted_on (datetime.datetime | None | Unset):  Example: 2024-02-12T11:00:00+0000.
    """

    contact_id: str
    name: None | str | Unset = UNSET
    email: str | Unset = UNSET
    origin: SearchedContactDetailsOrigin | Unset = UNSET
    day_of_cycle: None | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    score: None | str | Unset = UNSET
    reason: SearchedContactDetailsReason | Unset = UNSET
    deleted_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_origin(json_value_: Any) -> SearchedContactDetailsOrigin | Unset:
    _origin = json_value_
    origin: SearchedContactDetailsOrigin | Unset
    if isinstance(_origin, Unset):
        origin = UNSET
    else:
        origin = SearchedContactDetailsOrigin(_origin)

    return origin


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_reason(json_value_: Any) -> SearchedContactDetailsReason | Unset:
    _reason = json_value_
    reason: SearchedContactDetailsReason | Unset
    if isinstance(_reason, Unset):
        reason = UNSET
    else:
        reason = SearchedContactDetailsReason(_reason)

    return reason


def _decode_deleted_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_deleted_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            deleted_on_type_0 = datetime.datetime.fromisoformat(data)

            return deleted_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    deleted_on = _parse_deleted_on(json_value_)

    return deleted_on


def _from_dict(cls: type[SearchedContactDetails], src_dict: Mapping[str, Any]) -> SearchedContactDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("contactId", UNSET)
    if value is UNSET:
        not_in_response(self, "contact_id")
    else:
        self.contact_id = value
    self.name = get("name", UNSET)
    self.email = get("email", UNSET)
    value = get("origin", UNSET)
    if type(value) is str:
        try:
            self.origin = _members_origin[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.origin = SearchedContactDetailsOrigin(value)
    elif absent(value):
        self.origin = value
    else:
        try:
            self.origin = _decode_origin(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "origin", value, error)
    self.day_of_cycle = get("dayOfCycle", UNSET)
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
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    self.score = get("score", UNSET)
    value = get("reason", UNSET)
    if type(value) is str:
        try:
            self.reason = _members_reason[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.reason = SearchedContactDetailsReason(value)
    elif absent(value):
        self.reason = value
    else:
        try:
            self.reason = _decode_reason(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "reason", value, error)
    value = get("deletedOn", UNSET)
    if absent(value):
        self.deleted_on = value
    else:
        try:
            self.deleted_on = _decode_deleted_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "deleted_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SearchedContactDetails._wire_fields}


setattr(SearchedContactDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SearchedContactDetails._wire_names = {
    "contact_id": "contactId",
    "name": "name",
    "email": "email",
    "origin": "origin",
    "day_of_cycle": "dayOfCycle",
    "created_on": "createdOn",
    "campaign": "campaign",
    "score": "score",
    "reason": "reason",
    "deleted_on": "deletedOn",
}
SearchedContactDetails._wire_fields = frozenset(SearchedContactDetails._wire_names.values())
SearchedContactDetails._decoders = {
    "contact_id": None,
    "name": None,
    "email": None,
    "origin": _decode_origin,
    "day_of_cycle": None,
    "created_on": _decode_created_on,
    "campaign": _decode_campaign,
    "score": None,
    "reason": _decode_reason,
    "deleted_on": _decode_deleted_on,
}
SearchedContactDetails._extra_decoder = _decode_additional_properties
_members_origin = enum_members(SearchedContactDetailsOrigin)
_members_reason = enum_members(SearchedContactDetailsReason)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
