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
class GDPRFieldLatestVersion(WireModel):
    """
    Attributes:
        gdpr_field_version_id (str | Unset):  Example: yRI.
        content (str | Unset): The content of the GDPR field Example: 1st version of Consent #1.
        created_on (datetime.datetime | Unset):  Example: 2018-08-02T11:12:00+0000.
    """

    gdpr_field_version_id: str | Unset = UNSET
    content: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GDPRFieldLatestVersion._wire_fields}


GDPRFieldLatestVersion._extra_decoder = _decode_additional_properties

bind_fields(
    GDPRFieldLatestVersion,
    {
        "gdpr_field_version_id": WireField("gdprFieldVersionId"),
        "content": WireField("content"),
        "created_on": WireField("createdOn", decode=parse_datetime),
    },
    additional_properties=True,
)
