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

from ..models.string_boolean_enum import StringBooleanEnum
from ..models.website_status import WebsiteStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.website_statistics import WebsiteStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class Website(WireModel):
    """
    Attributes:
        website_id (str): The website ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/websites/6b0d7d59-71d9-4708-80a6-aa0f13805111.
        name (str | Unset): The website name Example: Predesigned #017.
        status (WebsiteStatus | Unset): The website status
        domain_url (str | Unset): The website domain Example: predesigned-017-52612.grweb.site.
        thumbnail_url (str | Unset): The URL of a website thumbnail Example: https://us-wbe-img2.gr-
            cdn.com/user/e5c2094a-2354-459f-9b9f-6d0369ccae2c/6b0d7d59-71d9-4708-80a6-aa0f13805111.png?width=208.
        is_chats_enabled (StringBooleanEnum | Unset):
        created_at (datetime.datetime | Unset): The date (in GMT) the website was created Example: 2023-03-14T14:42:57.
        updated_at (datetime.datetime | Unset): The date (in GMT) the website was updated Example: 2023-03-14T14:42:57.
        statistics (WebsiteStatistics | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    website_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    status: WebsiteStatus | Unset = UNSET
    domain_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    is_chats_enabled: StringBooleanEnum | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    statistics: WebsiteStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.website_statistics import WebsiteStatistics  # noqa: E402

bind_fields(
    Website,
    {
        "website_id": WireField("websiteId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
        "status": WireField("status", enum=WebsiteStatus),
        "domain_url": WireField("domainUrl"),
        "thumbnail_url": WireField("thumbnailUrl"),
        "is_chats_enabled": WireField("isChatsEnabled", enum=StringBooleanEnum),
        "created_at": WireField("createdAt", decode=parse_datetime),
        "updated_at": WireField("updatedAt", decode=parse_datetime),
        "statistics": WireField("statistics", decode=WebsiteStatistics.from_dict, keep=True),
    },
    additional_properties=True,
)
