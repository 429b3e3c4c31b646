from __future__ import annotations

import datetime
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
    parse_datetime,
)

from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_form_statistics import LegacyFormStatistics
    from ..models.list_reference import ListReference


@_attrs_define
class LegacyForm(WireModel):
    """
    Attributes:
        webform_id (str): The webform (Legacy Form) ID Example: NPKx.
        name (str | Unset):  Example: Webform 2010/7/5.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/webforms/NPKx.
        script_url (str | Unset): The URL of the script that displays the Legacy Form Example:
            https://app.getresponse.com/view_webform.js?u=VfEy1&wid=11774901.
        status (StatusEnum | Unset):
        modified_on (datetime.datetime | Unset): The modification date
        statistics (LegacyFormStatistics | Unset):
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
    """

    webform_id: str
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    script_url: str | Unset = UNSET
    status: StatusEnum | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    statistics: LegacyFormStatistics | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _decode_modified_on(json_value_: Any) -> datetime.datetime | Unset:
    _modified_on = json_value_
    modified_on: datetime.datetime | Unset
    if isinstance(_modified_on, Unset):
        modified_on = UNSET
    else:
        modified_on = datetime.datetime.fromisoformat(_modified_on)

    return modified_on


def _decode_statistics(json_value_: Any) -> LegacyFormStatistics | Unset:
    _statistics = json_value_
    statistics: LegacyFormStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = LegacyFormStatistics.from_dict(_statistics)

    return statistics


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _from_dict(cls: type[LegacyForm], src_dict: Mapping[str, Any]) -> LegacyForm:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("webformId", UNSET)
    if value is UNSET:
        not_in_response(self, "webform_id")
    else:
        self.webform_id = value
    self.name = get("name", UNSET)
    self.href = get("href", UNSET)
    self.script_url = get("scriptUrl", UNSET)
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
    value = get("modifiedOn", UNSET)
    if type(value) is str:
        try:
            self.modified_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "modified_on", value, error)
    elif absent(value):
        self.modified_on = value
    else:
        try:
            self.modified_on = _decode_modified_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "modified_on", value, error)
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = LegacyFormStatistics.from_dict(value)
    elif absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LegacyForm._wire_fields}


setattr(LegacyForm, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LegacyForm._wire_names = {
    "webform_id": "webformId",
    "name": "name",
    "href": "href",
    "script_url": "scriptUrl",
    "status": "status",
    "modified_on": "modifiedOn",
    "statistics": "statistics",
    "campaign": "campaign",
}
LegacyForm._wire_fields = frozenset(LegacyForm._wire_names.values())
LegacyForm._decoders = {
    "webform_id": None,
    "name": None,
    "href": None,
    "script_url": None,
    "status": _decode_status,
    "modified_on": _decode_modified_on,
    "statistics": _decode_statistics,
    "campaign": _decode_campaign,
}
LegacyForm._extra_decoder = _decode_additional_properties
_members_status = enum_members(StatusEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.legacy_form_statistics import LegacyFormStatistics  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
