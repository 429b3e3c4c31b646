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
class TransactionalEmailRecipientStatuses(WireModel):
    """
    Attributes:
        sent_on (datetime.datetime | None | Unset):  Example: 2019-06-02T09:30:43+0200.
        rejected_on (datetime.datetime | None | Unset):
        opened_on (datetime.datetime | None | Unset):  Example: 2019-06-02T09:30:43+0200.
        bounced_on (datetime.datetime | None | Unset):
        complained_on (datetime.datetime | None | Unset):
    """

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


def _from_dict(
    cls: type[TransactionalEmailRecipientStatuses], src_dict: Mapping[str, Any]
) -> TransactionalEmailRecipientStatuses:
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
    value = get("rejectedOn", UNSET)
    if absent(value):
        self.rejected_on = value
    else:
        try:
            self.rejected_on = _decode_rejected_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "rejected_on", value, error)
    value = get("openedOn", UNSET)
    if absent(value):
        self.opened_on = value
    else:
        try:
            self.opened_on = _decode_opened_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "opened_on", value, error)
    value = get("bouncedOn", UNSET)
    if absent(value):
        self.bounced_on = value
    else:
        try:
            self.bounced_on = _decode_bounced_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "bounced_on", value, error)
    value = get("complainedOn", UNSET)
    if absent(value):
        self.complained_on = value
    else:
        try:
            self.complained_on = _decode_complained_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "complained_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipientStatuses._wire_fields}


setattr(
    TransactionalEmailRecipientStatuses, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailRecipientStatuses._wire_names = {
    "sent_on": "sentOn",
    "rejected_on": "rejectedOn",
    "opened_on": "openedOn",
    "bounced_on": "bouncedOn",
    "complained_on": "complainedOn",
}
TransactionalEmailRecipientStatuses._wire_fields = frozenset(TransactionalEmailRecipientStatuses._wire_names.values())
TransactionalEmailRecipientStatuses._decoders = {
    "sent_on": _decode_sent_on,
    "rejected_on": _decode_rejected_on,
    "opened_on": _decode_opened_on,
    "bounced_on": _decode_bounced_on,
    "complained_on": _decode_complained_on,
}
TransactionalEmailRecipientStatuses._extra_decoder = _decode_additional_properties
