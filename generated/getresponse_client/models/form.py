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
    wire_bool,
)

from ..models.form_status import FormStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_statistics import FormStatistics
    from ..models.list_reference import ListReference


@_attrs_define
class Form(WireModel):
    """
    Attributes:
        form_id (str):  Example: pL4e.
        webform_id (str | Unset): Same as formId Example: pL4e.
        name (str | Unset):  Example: My first form.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/forms/pL4e.
        has_variants (bool | Unset): Indicates if the form has variants (A/B tests) Example: True.
        script_url (str | Unset): The URL to a JavaScript file of the form. Example:
            https://app.getresponse.com/view_webform_v2.js?u=nTfa&webforms_id=123.
        status (FormStatus | Unset):  Example: published.
        created_on (datetime.datetime | Unset):  Example: 2018-07-02T11:22:33+0000.
        statistics (FormStatistics | Unset):
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
    """

    form_id: str
    webform_id: str | Unset = UNSET
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    has_variants: bool | Unset = UNSET
    script_url: str | Unset = UNSET
    status: FormStatus | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    statistics: FormStatistics | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> FormStatus | Unset:
    _status = json_value_
    status: FormStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = FormStatus(_status)

    return status


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_statistics(json_value_: Any) -> FormStatistics | Unset:
    _statistics = json_value_
    statistics: FormStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = FormStatistics.from_dict(_statistics)

    return statistics


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _from_dict(cls: type[Form], src_dict: Mapping[str, Any]) -> Form:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("formId", UNSET)
    if value is UNSET:
        not_in_response(self, "form_id")
    else:
        self.form_id = value
    self.webform_id = get("webformId", UNSET)
    self.name = get("name", UNSET)
    self.href = get("href", UNSET)
    value = get("hasVariants", UNSET)
    if type(value) is bool or absent(value):
        self.has_variants = value
    else:
        try:
            self.has_variants = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "has_variants", value, error)
    self.script_url = get("scriptUrl", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = FormStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
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
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = FormStatistics.from_dict(value)
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
    return {key: value for key, value in d.items() if key not in Form._wire_fields}


setattr(Form, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Form._wire_names = {
    "form_id": "formId",
    "webform_id": "webformId",
    "name": "name",
    "href": "href",
    "has_variants": "hasVariants",
    "script_url": "scriptUrl",
    "status": "status",
    "created_on": "createdOn",
    "statistics": "statistics",
    "campaign": "campaign",
}
Form._wire_fields = frozenset(Form._wire_names.values())
Form._decoders = {
    "form_id": None,
    "webform_id": None,
    "name": None,
    "href": None,
    "has_variants": wire_bool,
    "script_url": None,
    "status": _decode_status,
    "created_on": _decode_created_on,
    "statistics": _decode_statistics,
    "campaign": _decode_campaign,
}
Form._extra_decoder = _decode_additional_properties
_members_status = enum_members(FormStatus)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.form_statistics import FormStatistics  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
