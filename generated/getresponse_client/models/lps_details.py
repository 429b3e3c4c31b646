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
    wire_int,
)

from ..models.lps_list_item_status import LpsListItemStatus
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lps_page import LpsPage


@_attrs_define
class LpsDetails(WireModel):
    """
    Attributes:
        lps_id (str): The landing page ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/lps/6b0d7d59-71d9-4708-80a6-aa0f13805111.
        name (str | Unset): The landing page name Example: Predesigned #017.
        status (LpsListItemStatus | Unset): The landing page status
        domain_url (str | Unset): The landing page domain Example: predesigned-017-52612.grweb.site.
        thumbnail_url (str | Unset): The URL of a landing page thumbnail Example: https://us-wbe-img2.gr-
            cdn.com/user/e5c2094a-2354-459f-9b9f-6d0369ccae2c/6b0d7d59-71d9-4708-80a6-aa0f13805111.png?width=208.
        is_chats_enabled (StringBooleanEnum | Unset):
        created_at (datetime.datetime | Unset): The date (in GMT) the landing page was created Example:
            2023-03-14T14:42:57.
        updated_at (datetime.datetime | Unset): The date (in GMT) the landing page was updated Example:
            2023-03-14T14:42:57.
        page_views (int | Unset): The total number of times your landing page was viewed or refreshed Example: 9.
        visits (int | Unset): The number of browsing sessions initiated on your landing page Example: 5.
        unique_visitors (int | Unset): The number of people who visited your landing page Example: 5.
        pages (list[LpsPage] | Unset):
    """

    lps_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    status: LpsListItemStatus | Unset = UNSET
    domain_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    is_chats_enabled: StringBooleanEnum | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    page_views: int | Unset = UNSET
    visits: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    pages: list[LpsPage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> LpsListItemStatus | Unset:
    _status = json_value_
    status: LpsListItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = LpsListItemStatus(_status)

    return status


def _decode_is_chats_enabled(json_value_: Any) -> StringBooleanEnum | Unset:
    _is_chats_enabled = json_value_
    is_chats_enabled: StringBooleanEnum | Unset
    if isinstance(_is_chats_enabled, Unset):
        is_chats_enabled = UNSET
    else:
        is_chats_enabled = StringBooleanEnum(_is_chats_enabled)

    return is_chats_enabled


def _decode_created_at(json_value_: Any) -> datetime.datetime | Unset:
    _created_at = json_value_
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _decode_updated_at(json_value_: Any) -> datetime.datetime | Unset:
    _updated_at = json_value_
    updated_at: datetime.datetime | Unset
    if isinstance(_updated_at, Unset):
        updated_at = UNSET
    else:
        updated_at = datetime.datetime.fromisoformat(_updated_at)

    return updated_at


def _decode_pages(json_value_: Any) -> list[LpsPage] | Unset:
    _pages = json_value_
    pages: list[LpsPage] | Unset = UNSET
    if _pages is not UNSET:
        pages = []
        for pages_item_data in _pages:
            pages_item = LpsPage.from_dict(pages_item_data)

            pages.append(pages_item)

    return pages


def _from_dict(cls: type[LpsDetails], src_dict: Mapping[str, Any]) -> LpsDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("lpsId", UNSET)
    if value is UNSET:
        not_in_response(self, "lps_id")
    else:
        self.lps_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = LpsListItemStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    self.domain_url = get("domainUrl", UNSET)
    self.thumbnail_url = get("thumbnailUrl", UNSET)
    value = get("isChatsEnabled", UNSET)
    if type(value) is str:
        try:
            self.is_chats_enabled = _members_is_chats_enabled[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.is_chats_enabled = StringBooleanEnum(value)
    elif absent(value):
        self.is_chats_enabled = value
    else:
        try:
            self.is_chats_enabled = _decode_is_chats_enabled(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_chats_enabled", value, error)
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
    value = get("updatedAt", UNSET)
    if type(value) is str:
        try:
            self.updated_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_at", value, error)
    elif absent(value):
        self.updated_at = value
    else:
        try:
            self.updated_at = _decode_updated_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_at", value, error)
    value = get("pageViews", UNSET)
    if type(value) is int or absent(value):
        self.page_views = value
    else:
        try:
            self.page_views = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "page_views", value, error)
    value = get("visits", UNSET)
    if type(value) is int or absent(value):
        self.visits = value
    else:
        try:
            self.visits = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "visits", value, error)
    value = get("uniqueVisitors", UNSET)
    if type(value) is int or absent(value):
        self.unique_visitors = value
    else:
        try:
            self.unique_visitors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_visitors", value, error)
    value = get("pages", UNSET)
    if absent(value):
        self.pages = value
    else:
        try:
            self.pages = _decode_pages(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "pages", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LpsDetails._wire_fields}


setattr(LpsDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LpsDetails._wire_names = {
    "lps_id": "lpsId",
    "href": "href",
    "name": "name",
    "status": "status",
    "domain_url": "domainUrl",
    "thumbnail_url": "thumbnailUrl",
    "is_chats_enabled": "isChatsEnabled",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "page_views": "pageViews",
    "visits": "visits",
    "unique_visitors": "uniqueVisitors",
    "pages": "pages",
}
LpsDetails._wire_fields = frozenset(LpsDetails._wire_names.values())
LpsDetails._decoders = {
    "lps_id": None,
    "href": None,
    "name": None,
    "status": _decode_status,
    "domain_url": None,
    "thumbnail_url": None,
    "is_chats_enabled": _decode_is_chats_enabled,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "page_views": wire_int,
    "visits": wire_int,
    "unique_visitors": wire_int,
    "pages": _decode_pages,
}
LpsDetails._extra_decoder = _decode_additional_properties
_members_status = enum_members(LpsListItemStatus)
_members_is_chats_enabled = enum_members(StringBooleanEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.lps_page import LpsPage  # noqa: E402
