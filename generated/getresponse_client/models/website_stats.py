from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class WebsiteStats(WireModel):
    """
    Attributes:
        website_id (str): The website ID Example: PvLI8C.
        name (str | Unset):  Example: Variant A.
        page_views (int | Unset): The number of page views Example: 1.
        visits (int | Unset): The number of visits Example: 1.
        unique_visitors (int | Unset): The number of unique visitors Example: 1.
        thumbnail_url (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/wbe/N.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    website_id: str
    name: str | Unset = UNSET
    page_views: int | Unset = UNSET
    visits: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    WebsiteStats,
    {
        "website_id": WireField("websiteId", required=True),
        "name": WireField("name"),
        "page_views": WireField("pageViews", decode=wire_int),
        "visits": WireField("visits", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
        "thumbnail_url": WireField("thumbnailUrl"),
    },
    additional_properties=True,
)
