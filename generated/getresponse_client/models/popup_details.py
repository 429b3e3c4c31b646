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

from ..models.popup_details_status import PopupDetailsStatus
from ..models.popup_details_type import PopupDetailsType
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class PopupDetails(WireModel):
    """
    Attributes:
        popup_id (str): The form or popup ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/popups/ce84fabc-1349-4992-a2d7-0c44c5534128.
        name (str | Unset): The form or popup name Example: My popup name.
        status (PopupDetailsStatus | Unset): The form or popup status
        type_ (PopupDetailsType | Unset): The form or popup type
        thumbnail_url (str | Unset): Direct hyperlink to a resource Example: https://us-wbe-img2.gr-
            cdn.com/user/X/Y.webp.
        created_at (datetime.datetime | Unset): The date (in GMT) the form or popup was created. Example:
            2024-01-01T10:35:00.
        updated_at (datetime.datetime | Unset): The date (in GMT) the form or popup was updated. Example:
            2024-01-10T10:00:00.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    popup_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    status: PopupDetailsStatus | Unset = UNSET
    type_: PopupDetailsType | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    PopupDetails,
    {
        "popup_id": WireField("popupId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
        "status": WireField("status", enum=PopupDetailsStatus),
        "type_": WireField("type", enum=PopupDetailsType),
        "thumbnail_url": WireField("thumbnailUrl"),
        "created_at": WireField("createdAt", decode=parse_datetime),
        "updated_at": WireField("updatedAt", decode=parse_datetime),
    },
    additional_properties=True,
)
