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
class TransactionalEmailRecipientClickedLink(WireModel):
    """
    Attributes:
        url (str | Unset):  Example: https://example.com.
        clicked_on (datetime.datetime | Unset):  Example: 2019-06-02T09:31:20+0200.
    """

    url: str | Unset = UNSET
    clicked_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipientClickedLink._wire_fields}


TransactionalEmailRecipientClickedLink._extra_decoder = _decode_additional_properties

bind_fields(
    TransactionalEmailRecipientClickedLink,
    {
        "url": WireField("url"),
        "clicked_on": WireField("clickedOn", decode=parse_datetime),
    },
    additional_properties=True,
)
