from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    parse_datetime,
)

from ..models.website_page_status import WebsitePageStatus
from ..types import UNSET, Unset


@_attrs_define
class WebsitePage(WireModel):
    """
    Attributes:
        uuid (str | Unset): The website page ID Example: 6ee7597f-9bde-4b92-9411-2fb228c9fa34.
        name (str | Unset): The website page name Example: Home.
        status (WebsitePageStatus | Unset): The website page status
        url (str | Unset): Direct hyperlink to a resource Example: /terms-of-service.
        redirect_url (str | Unset): Direct hyperlink to a resource
        created_at (datetime.datetime | Unset): The date (in GMT) the website page was created Example:
            2023-03-14T14:42:57.
    """

    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    status: WebsitePageStatus | Unset = UNSET
    url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> WebsitePageStatus | Unset:
    _status = json_value_
    status: WebsitePageStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = WebsitePageStatus(_status)

    return status


def _decode_created_at(json_value_: Any) -> datetime.datetime | Unset:
    _created_at = json_value_
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _from_dict(cls: type[WebsitePage], src_dict: Mapping[str, Any]) -> WebsitePage:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.uuid = get("uuid", UNSET)
    self.name = get("name", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = WebsitePageStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    self.url = get("url", UNSET)
    self.redirect_url = get("redirectUrl", UNSET)
    value = get("createdAt", UNSET)
    if type(value) is str:
        try:
            self.created_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    elif absent(value):
        self.created_at = value
    else:
        try:
            self.created_at = _decode_created_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebsitePage._wire_fields}


setattr(WebsitePage, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
WebsitePage._wire_names = {
    "uuid": "uuid",
    "name": "name",
    "status": "status",
    "url": "url",
    "redirect_url": "redirectUrl",
    "created_at": "createdAt",
}
WebsitePage._wire_fields = frozenset(WebsitePage._wire_names.values())
WebsitePage._decoders = {
    "uuid": None,
    "name": None,
    "status": _decode_status,
    "url": None,
    "redirect_url": None,
    "created_at": _decode_created_at,
}
WebsitePage._extra_decoder = _decode_additional_properties
_members_status = enum_members(WebsitePageStatus)
