from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset


@_attrs_define
class TransactionalEmailRecipientSentOnStatus(WireModel):
    """
    Attributes:
        sent_on (datetime.datetime | None | Unset):  Example: 2019-06-02T09:30:43+0200.
    """

    sent_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_sent_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_sent_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            sent_on_type_0 = datetime.datetime.fromisoformat(data)

            return sent_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    sent_on = _parse_sent_on(json_value_)

    return sent_on


def _from_dict(
    cls: type[TransactionalEmailRecipientSentOnStatus], src_dict: Mapping[str, Any]
) -> TransactionalEmailRecipientSentOnStatus:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("sentOn", UNSET)
    if absent(value):
        self.sent_on = value
    else:
        try:
            self.sent_on = _decode_sent_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sent_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipientSentOnStatus._wire_fields}


setattr(
    TransactionalEmailRecipientSentOnStatus, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailRecipientSentOnStatus._wire_names = {
    "sent_on": "sentOn",
}
TransactionalEmailRecipientSentOnStatus._wire_fields = frozenset(
    TransactionalEmailRecipientSentOnStatus._wire_names.values()
)
TransactionalEmailRecipientSentOnStatus._decoders = {
    "sent_on": _decode_sent_on,
}
TransactionalEmailRecipientSentOnStatus._extra_decoder = _decode_additional_properties
