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
class LpsStats(WireModel):
    """
    Attributes:
        lps_id (str): The landing page ID Example: 6ee7597f-9bde-4b92-9411-2fb228c9fa34.
        name (str | Unset):  Example: Some example landing page.
        page_views (int | Unset): The total number of times your landing page was viewed or refreshed Example: 9.
        visits (int | Unset): The number of browsing sessions initiated on your landing page Example: 5.
        unique_visitors (int | Unset): The number of people who visited your landing page Example: 5.
        thumbnail_url (str | Unset): Direct hyperlink to a resource Example: https://us-wbe-img2.gr-
            cdn.com/user/X/Y.webp.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    lps_id: str
    name: str | Unset = UNSET
    page_views: int | Unset = UNSET
    visits: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    LpsStats,
    {
        "lps_id": WireField("lpsId", required=True),
        "name": WireField("name"),
        "page_views": WireField("pageViews", decode=wire_int),
        "visits": WireField("visits", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
        "thumbnail_url": WireField("thumbnailUrl"),
    },
    additional_properties=True,
)
