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
class GDPRFieldLatestVersion(WireModel):
    """
    Attributes:
        gdpr_field_version_id (str | Unset):  Example: yRI.
        content (str | Unset): The content of the GDPR field Example: 1st version of Consent #1.
        created_on (datetime.datetime | Unset):  Example: 2018-08-02T11:12:00+0000.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    gdpr_field_version_id: str | Unset = UNSET
    content: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    GDPRFieldLatestVersion,
    {
        "gdpr_field_version_id": WireField("gdprFieldVersionId"),
        "content": WireField("content"),
        "created_on": WireField("createdOn", decode=parse_datetime),
    },
    additional_properties=True,
)
