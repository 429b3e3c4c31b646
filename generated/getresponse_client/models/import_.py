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

from ..models.import_status import ImportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_error_statistics import ImportErrorStatistics
    from ..models.import_statistics import ImportStatistics
    from ..models.list_reference import ListReference


@_attrs_define
class Import(WireModel):
    """
    Attributes:
        import_id (str): The import ID Example: o6gE.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        status (ImportStatus | Unset):
        statistics (ImportStatistics | Unset):
        error_statistics (ImportErrorStatistics | Unset):
        created_on (datetime.datetime | Unset):
        finished_on (datetime.datetime | Unset):
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/imports/o6gE.
    """

    import_id: str
    campaign: ListReference | Unset = UNSET
    status: ImportStatus | Unset = UNSET
    statistics: ImportStatistics | Unset = UNSET
    error_statistics: ImportErrorStatistics | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    finished_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_status(json_value_: Any) -> ImportStatus | Unset:
    _status = json_value_
    status: ImportStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = ImportStatus(_status)

    return status


def _decode_statistics(json_value_: Any) -> ImportStatistics | Unset:
    _statistics = json_value_
    statistics: ImportStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = ImportStatistics.from_dict(_statistics)

    return statistics


def _decode_error_statistics(json_value_: Any) -> ImportErrorStatistics | Unset:
    _error_statistics = json_value_
    error_statistics: ImportErrorStatistics | Unset
    if isinstance(_error_statistics, Unset):
        error_statistics = UNSET
    else:
        error_statistics = ImportErrorStatistics.from_dict(_error_statistics)

    return error_statistics


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_finished_on(json_value_: Any) -> datetime.datetime | Unset:
    _finished_on = json_value_
    finished_on: datetime.datetime | Unset
    if isinstance(_finished_on, Unset):
        finished_on = UNSET
    else:
        finished_on = datetime.datetime.fromisoformat(_finished_on)

    return finished_on


def _from_dict(cls: type[Import], src_dict: Mapping[str, Any]) -> Import:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("importId", UNSET)
    if value is UNSET:
        not_in_response(self, "import_id")
    else:
        self.import_id = value
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
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = ImportStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = ImportStatistics.from_dict(value)
    elif absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
    value = get("errorStatistics", UNSET)
    if type(value) is dict:
        self.error_statistics = ImportErrorStatistics.from_dict(value)
    elif absent(value):
        self.error_statistics = value
    else:
        try:
            self.error_statistics = _decode_error_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "error_statistics", value, error)
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
    value = get("finishedOn", UNSET)
    if type(value) is str:
        try:
            self.finished_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "finished_on", value, error)
    elif absent(value):
        self.finished_on = value
    else:
        try:
            self.finished_on = _decode_finished_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "finished_on", value, error)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Import._wire_fields}


setattr(Import, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Import._wire_names = {
    "import_id": "importId",
    "campaign": "campaign",
    "status": "status",
    "statistics": "statistics",
    "error_statistics": "errorStatistics",
    "created_on": "createdOn",
    "finished_on": "finishedOn",
    "href": "href",
}
Import._wire_fields = frozenset(Import._wire_names.values())
Import._decoders = {
    "import_id": None,
    "campaign": _decode_campaign,
    "status": _decode_status,
    "statistics": _decode_statistics,
    "error_statistics": _decode_error_statistics,
    "created_on": _decode_created_on,
    "finished_on": _decode_finished_on,
    "href": None,
}
Import._extra_decoder = _decode_additional_properties
_members_status = enum_members(ImportStatus)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.import_error_statistics import ImportErrorStatistics  # noqa: E402
from ..models.import_statistics import ImportStatistics  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
