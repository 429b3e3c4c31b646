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

from ..models.popup_list_item_status import PopupListItemStatus
from ..models.popup_list_item_type import PopupListItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.popup_list_item_statistics import PopupListItemStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class PopupListItem(WireModel):
    """
    Attributes:
        popup_id (str): The form or popup ID Example: ce84fabc-1349-4992-a2d7-0c44c5534128.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/popups/6b0d7d59-71d9-4708-80a6-aa0f13805111.
        name (str | Unset): The form or popup name Example: My popup name.
        status (PopupListItemStatus | Unset): The form or popup status
        type_ (PopupListItemType | Unset): The form or popup type
        created_at (datetime.datetime | Unset): The date (in GMT) the form or popup was created. Example:
            2024-01-10T10:00:00.
        updated_at (datetime.datetime | Unset): The date (in GMT) the form or popup was updated. Example:
            2024-01-10T10:00:00.
        statistics (PopupListItemStatistics | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    popup_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    status: PopupListItemStatus | Unset = UNSET
    type_: PopupListItemType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    statistics: PopupListItemStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.popup_list_item_statistics import PopupListItemStatistics  # noqa: E402

bind_fields(
    PopupListItem,
    {
        "popup_id": WireField("popupId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
        "status": WireField("status", enum=PopupListItemStatus),
        "type_": WireField("type", enum=PopupListItemType),
        "created_at": WireField("createdAt", decode=parse_datetime),
        "updated_at": WireField("updatedAt", decode=parse_datetime),
        "statistics": WireField("statistics", decode=PopupListItemStatistics.from_dict, keep=True),
    },
    additional_properties=True,
)
