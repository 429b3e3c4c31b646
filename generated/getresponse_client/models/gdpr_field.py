from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class GDPRField(WireModel):
    """
    Attributes:
        gdpr_field_id (str):  Example: MtY.
        name (str | Unset): The name of the GDPR field Example: Consent #1.
        created_on (datetime.datetime | Unset):  Example: 2018-08-01T09:18:00+0000.
        href (str | Unset): The direct hyperlink to the resource Example: https://api.getresponse.com/v3/gdpr-
            fields/MtY.
    """

    gdpr_field_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GDPRField._wire_fields}


GDPRField._extra_decoder = _decode_additional_properties

bind_fields(
    GDPRField,
    {
        "gdpr_field_id": WireField("gdprFieldId", required=True),
        "name": WireField("name"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
    },
    additional_properties=True,
)
