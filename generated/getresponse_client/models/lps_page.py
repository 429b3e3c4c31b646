from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.lps_page_status import LpsPageStatus
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class LpsPage(WireModel):
    """
    Attributes:
        uuid (str | Unset): The ID of a page associated with the landing page (i.e., 404 page and thank you page)
            Example: 6ee7597f-9bde-4b92-9411-2fb228c9fa34.
        name (str | Unset): The name of a page associated with the landing page (i.e., 404 page and thank you page)
            Example: Home.
        status (LpsPageStatus | Unset): The status of a page associated with the landing page (i.e., 404 page or thank
            you page)
        url (str | Unset): Direct hyperlink to a resource Example: /terms-of-service.
        redirect_url (str | Unset): Direct hyperlink to a resource
        created_at (datetime.datetime | Unset): The date (in GMT) a page associated with the landing page (i.e., 404
            page or thank you page) was created Example: 2023-03-14T14:42:57.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    status: LpsPageStatus | Unset = UNSET
    url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    LpsPage,
    {
        "uuid": WireField("uuid"),
        "name": WireField("name"),
        "status": WireField("status", enum=LpsPageStatus),
        "url": WireField("url"),
        "redirect_url": WireField("redirectUrl"),
        "created_at": WireField("createdAt", decode=parse_datetime),
    },
    additional_properties=True,
)
