from __future__ import annotations

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
)

from ..models.subscribers_type_enum_for_segments_subscribers_type_item import (
    SubscribersTypeEnumForSegmentsSubscribersTypeItem,
)
from ..types import UNSET, Unset


@_attrs_define
class SubscribersTypeEnumForSegments(WireModel):
    """
    Attributes:
        subscribers_type (list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset): Only one subscription status
    """

    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_subscribers_type(json_value_: Any) -> list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset:
    _subscribers_type = json_value_
    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
    if _subscribers_type is not UNSET:
        subscribers_type = []
        for subscribers_type_item_data in _subscribers_type:
            subscribers_type_item = SubscribersTypeEnumForSegmentsSubscribersTypeItem(subscribers_type_item_data)

            subscribers_type.append(subscribers_type_item)

    return subscribers_type


def _from_dict(
    cls: type[SubscribersTypeEnumForSegments], src_dict: Mapping[str, Any]
) -> SubscribersTypeEnumForSegments:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("subscribersType", UNSET)
    if absent(value):
        self.subscribers_type = value
    else:
        try:
            self.subscribers_type = _decode_subscribers_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscribers_type", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscribersTypeEnumForSegments._wire_fields}


setattr(
    SubscribersTypeEnumForSegments, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SubscribersTypeEnumForSegments._wire_names = {
    "subscribers_type": "subscribersType",
}
SubscribersTypeEnumForSegments._wire_fields = frozenset(SubscribersTypeEnumForSegments._wire_names.values())
SubscribersTypeEnumForSegments._decoders = {
    "subscribers_type": _decode_subscribers_type,
}
SubscribersTypeEnumForSegments._extra_decoder = _decode_additional_properties
