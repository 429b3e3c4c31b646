from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.lps_list_item_status import LpsListItemStatus
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lps_page import LpsPage


T = TypeVar("T", bound="LpsDetails")


@_attrs_define
class LpsDetails(WireModel):
    """
    Attributes:
        lps_id (str | Unset): The landing page ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
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

    lps_id: str | Unset = UNSET
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

    def _encode(self) -> dict[str, Any]:
        lps_id = self.lps_id

        href = self.href

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        domain_url = self.domain_url

        thumbnail_url = self.thumbnail_url

        is_chats_enabled: str | Unset = UNSET
        if not isinstance(self.is_chats_enabled, Unset):
            is_chats_enabled = self.is_chats_enabled.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        page_views = self.page_views

        visits = self.visits

        unique_visitors = self.unique_visitors

        pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = []
            for pages_item_data in self.pages:
                pages_item = pages_item_data.to_dict()
                pages.append(pages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lps_id is not UNSET:
            field_dict["lpsId"] = lps_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if domain_url is not UNSET:
            field_dict["domainUrl"] = domain_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        if is_chats_enabled is not UNSET:
            field_dict["isChatsEnabled"] = is_chats_enabled
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if page_views is not UNSET:
            field_dict["pageViews"] = page_views
        if visits is not UNSET:
            field_dict["visits"] = visits
        if unique_visitors is not UNSET:
            field_dict["uniqueVisitors"] = unique_visitors
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_lps_id(d: Mapping[str, Any]) -> str | Unset:
    lps_id: str | Unset = d.get("lpsId", UNSET)
    return lps_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_status(d: Mapping[str, Any]) -> LpsListItemStatus | Unset:
    _status = d.get("status", UNSET)
    status: LpsListItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = LpsListItemStatus(_status)

    return status


def _decode_domain_url(d: Mapping[str, Any]) -> str | Unset:
    domain_url: str | Unset = d.get("domainUrl", UNSET)
    return domain_url


def _decode_thumbnail_url(d: Mapping[str, Any]) -> str | Unset:
    thumbnail_url: str | Unset = d.get("thumbnailUrl", UNSET)
    return thumbnail_url


def _decode_is_chats_enabled(d: Mapping[str, Any]) -> StringBooleanEnum | Unset:
    _is_chats_enabled = d.get("isChatsEnabled", UNSET)
    is_chats_enabled: StringBooleanEnum | Unset
    if isinstance(_is_chats_enabled, Unset):
        is_chats_enabled = UNSET
    else:
        is_chats_enabled = StringBooleanEnum(_is_chats_enabled)

    return is_chats_enabled


def _decode_created_at(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_at = d.get("createdAt", UNSET)
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _decode_updated_at(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _updated_at = d.get("updatedAt", UNSET)
    updated_at: datetime.datetime | Unset
    if isinstance(_updated_at, Unset):
        updated_at = UNSET
    else:
        updated_at = datetime.datetime.fromisoformat(_updated_at)

    return updated_at


def _decode_page_views(d: Mapping[str, Any]) -> int | Unset:
    page_views: int | Unset = d.get("pageViews", UNSET)
    return page_views


def _decode_visits(d: Mapping[str, Any]) -> int | Unset:
    visits: int | Unset = d.get("visits", UNSET)
    return visits


def _decode_unique_visitors(d: Mapping[str, Any]) -> int | Unset:
    unique_visitors: int | Unset = d.get("uniqueVisitors", UNSET)
    return unique_visitors


def _decode_pages(d: Mapping[str, Any]) -> list[LpsPage] | Unset:
    from ..models.lps_page import LpsPage  # noqa: PLC0415

    _pages = d.get("pages", UNSET)
    pages: list[LpsPage] | Unset = UNSET
    if _pages is not UNSET:
        pages = []
        for pages_item_data in _pages:
            pages_item = LpsPage.from_dict(pages_item_data)

            pages.append(pages_item)

    return pages


def _encode_lps_id(self: LpsDetails) -> Any:
    lps_id = self.lps_id
    return lps_id


def _encode_href(self: LpsDetails) -> Any:
    href = self.href
    return href


def _encode_name(self: LpsDetails) -> Any:
    name = self.name
    return name


def _encode_status(self: LpsDetails) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_domain_url(self: LpsDetails) -> Any:
    domain_url = self.domain_url
    return domain_url


def _encode_thumbnail_url(self: LpsDetails) -> Any:
    thumbnail_url = self.thumbnail_url
    return thumbnail_url


def _encode_is_chats_enabled(self: LpsDetails) -> Any:
    is_chats_enabled: str | Unset = UNSET
    if not isinstance(self.is_chats_enabled, Unset):
        is_chats_enabled = self.is_chats_enabled.value

    return is_chats_enabled


def _encode_created_at(self: LpsDetails) -> Any:
    created_at: str | Unset = UNSET
    if not isinstance(self.created_at, Unset):
        created_at = self.created_at.isoformat()
    return created_at


def _encode_updated_at(self: LpsDetails) -> Any:
    updated_at: str | Unset = UNSET
    if not isinstance(self.updated_at, Unset):
        updated_at = self.updated_at.isoformat()
    return updated_at


def _encode_page_views(self: LpsDetails) -> Any:
    page_views = self.page_views
    return page_views


def _encode_visits(self: LpsDetails) -> Any:
    visits = self.visits
    return visits


def _encode_unique_visitors(self: LpsDetails) -> Any:
    unique_visitors = self.unique_visitors
    return unique_visitors


def _encode_pages(self: LpsDetails) -> Any:
    pages: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.pages, Unset):
        pages = []
        for pages_item_data in self.pages:
            pages_item = pages_item_data.to_dict()
            pages.append(pages_item)

    return pages


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LpsDetails._wire_fields}


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
    "lps_id": _decode_lps_id,
    "href": _decode_href,
    "name": _decode_name,
    "status": _decode_status,
    "domain_url": _decode_domain_url,
    "thumbnail_url": _decode_thumbnail_url,
    "is_chats_enabled": _decode_is_chats_enabled,
    "created_at": _decode_created_at,
    "updated_at": _decode_updated_at,
    "page_views": _decode_page_views,
    "visits": _decode_visits,
    "unique_visitors": _decode_unique_visitors,
    "pages": _decode_pages,
    "additional_properties": _decode_additional_properties,
}
LpsDetails._encoders = {
    "lps_id": _encode_lps_id,
    "href": _encode_href,
    "name": _encode_name,
    "status": _encode_status,
    "domain_url": _encode_domain_url,
    "thumbnail_url": _encode_thumbnail_url,
    "is_chats_enabled": _encode_is_chats_enabled,
    "created_at": _encode_created_at,
    "updated_at": _encode_updated_at,
    "page_views": _encode_page_views,
    "visits": _encode_visits,
    "unique_visitors": _encode_unique_visitors,
    "pages": _encode_pages,
}
