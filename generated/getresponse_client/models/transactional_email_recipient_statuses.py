from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailRecipientStatuses(WireModel):
    """
    Attributes:
        sent_on (datetime.datetime | None | Unset):  Example: 2019-06-02T09:30:43+0200.
        rejected_on (datetime.datetime | None | Unset):
        opened_on (datetime.datetime | None | Unset):  Example: 2019-06-02T09:30:43+0200.
        bounced_on (datetime.datetime | None | Unset):
        complained_on (datetime.datetime | None | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    sent_on: datetime.datetime | None | Unset = UNSET
    rejected_on: datetime.datetime | None | Unset = UNSET
    opened_on: datetime.datetime | None | Unset = UNSET
    bounced_on: datetime.datetime | None | Unset = UNSET
    complained_on: datetime.datetime | None | Unset = UNSET
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


def _decode_rejected_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_rejected_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            rejected_on_type_0 = datetime.datetime.fromisoformat(data)

            return rejected_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    rejected_on = _parse_rejected_on(json_value_)

    return rejected_on


def _decode_opened_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_opened_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            opened_on_type_0 = datetime.datetime.fromisoformat(data)

            return opened_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    opened_on = _parse_opened_on(json_value_)

    return opened_on


def _decode_bounced_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_bounced_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            bounced_on_type_0 = datetime.datetime.fromisoformat(data)

            return bounced_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    bounced_on = _parse_bounced_on(json_value_)

    return bounced_on


def _decode_complained_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_complained_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            complained_on_type_0 = datetime.datetime.fromisoformat(data)

            return complained_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    complained_on = _parse_complained_on(json_value_)

    return complained_on


bind_fields(
    TransactionalEmailRecipientStatuses,
    {
        "sent_on": WireField("sentOn", decode=_decode_sent_on, keep=True),
        "rejected_on": WireField("rejectedOn", decode=_decode_rejected_on, keep=True),
        "opened_on": WireField("openedOn", decode=_decode_opened_on, keep=True),
        "bounced_on": WireField("bouncedOn", decode=_decode_bounced_on, keep=True),
        "complained_on": WireField("complainedOn", decode=_decode_complained_on, keep=True),
    },
    additional_properties=True,
)
