from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipientSentOnStatus._wire_fields}


TransactionalEmailRecipientSentOnStatus._extra_decoder = _decode_additional_properties

bind_fields(
    TransactionalEmailRecipientSentOnStatus,
    {
        "sent_on": WireField("sentOn", decode=_decode_sent_on, keep=True),
    },
    additional_properties=True,
)
