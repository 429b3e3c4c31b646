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

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class BaseSearchContactsDetails(WireModel):
    """
    Attributes:
        search_contact_id (str): The unique search-contact identifier Example: pV3r.
        name (str | Unset): The unique name of search-contact Example: custom test filter.
        created_on (datetime.datetime | Unset): The UTC date time format ISO 8601, e.g. Example:
            2018-04-10T10:02:57+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://app.getresponse.com/v3/search-contacts/pV3r.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    search_contact_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    BaseSearchContactsDetails,
    {
        "search_contact_id": WireField("searchContactId", required=True),
        "name": WireField("name"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
    },
    additional_properties=True,
)
