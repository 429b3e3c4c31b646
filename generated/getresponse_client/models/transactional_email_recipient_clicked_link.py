from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define
class TransactionalEmailRecipientClickedLink(WireModel):
    """
    Attributes:
        url (str | Unset):  Example: https://example.com.
        clicked_on (datetime.datetime | Unset):  Example: 2019-06-02T09:31:20+0200.
    """

    url: str | Unset = UNSET
    clicked_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_clicked_on(json_value_: Any) -> datetime.datetime | Unset:
    _clicked_on = json_value_
    clicked_on: datetime.datetime | Unset
    if isinstance(_clicked_on, Unset):
        clicked_on = UNSET
    else:
        clicked_on = datetime.datetime.fromisoformat(_clicked_on)

    return clicked_on


def _from_dict(
    cls: type[TransactionalEmailRecipientClickedLink], src_dict: Mapping[str, Any]
) -> TransactionalEmailRecipientClickedLink:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.url = get("url", UNSET)
    value = get("clickedOn", UNSET)
    if type(value) is str:
        try:
            self.clicked_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "clicked_on", value, error)
    elif absent(value):
        self.clicked_on = value
    else:
        try:
            self.clicked_on = _decode_clicked_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "clicked_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipientClickedLink._wire_fields}


setattr(
    TransactionalEmailRecipientClickedLink, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailRecipientClickedLink._wire_names = {
    "url": "url",
    "clicked_on": "clickedOn",
}
TransactionalEmailRecipientClickedLink._wire_fields = frozenset(
    TransactionalEmailRecipientClickedLink._wire_names.values()
)
TransactionalEmailRecipientClickedLink._decoders = {
    "url": None,
    "clicked_on": _decode_clicked_on,
}
TransactionalEmailRecipientClickedLink._extra_decoder = _decode_additional_properties
