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

if TYPE_CHECKING:
    from ..models.gdpr_field_latest_version import GDPRFieldLatestVersion


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class GDPRFieldDetails(WireModel):
    """
    Attributes:
        gdpr_field_id (str):  Example: MtY.
        name (str | Unset): The name of the GDPR field Example: Consent #1.
        created_on (datetime.datetime | Unset):  Example: 2018-08-01T09:18:00+0000.
        href (str | Unset): The direct hyperlink to the resource Example: https://api.getresponse.com/v3/gdpr-
            fields/MtY.
        latest_version (GDPRFieldLatestVersion | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    gdpr_field_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    latest_version: GDPRFieldLatestVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.gdpr_field_latest_version import GDPRFieldLatestVersion  # noqa: E402

bind_fields(
    GDPRFieldDetails,
    {
        "gdpr_field_id": WireField("gdprFieldId", required=True),
        "name": WireField("name"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
        "latest_version": WireField("latestVersion", decode=GDPRFieldLatestVersion.from_dict, keep=True),
    },
    additional_properties=True,
)
