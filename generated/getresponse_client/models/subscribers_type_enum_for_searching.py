from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.subscribers_type_enum_for_searching_subscribers_type_item import (
    SubscribersTypeEnumForSearchingSubscribersTypeItem,
)
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SubscribersTypeEnumForSearching(WireModel):
    """
    Attributes:
        subscribers_type (list[SubscribersTypeEnumForSearchingSubscribersTypeItem] | Unset): Only one subscription
            status
    """

    subscribers_type: list[SubscribersTypeEnumForSearchingSubscribersTypeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_subscribers_type(json_value_: Any) -> list[SubscribersTypeEnumForSearchingSubscribersTypeItem] | Unset:
    _subscribers_type = json_value_
    subscribers_type: list[SubscribersTypeEnumForSearchingSubscribersTypeItem] | Unset = UNSET
    if _subscribers_type is not UNSET:
        subscribers_type = []
        for subscribers_type_item_data in _subscribers_type:
            subscribers_type_item = SubscribersTypeEnumForSearchingSubscribersTypeItem(subscribers_type_item_data)

            subscribers_type.append(subscribers_type_item)

    return subscribers_type


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscribersTypeEnumForSearching._wire_fields}


SubscribersTypeEnumForSearching._extra_decoder = _decode_additional_properties

bind_fields(
    SubscribersTypeEnumForSearching,
    {
        "subscribers_type": WireField("subscribersType", decode=_decode_subscribers_type, keep=True),
    },
    additional_properties=True,
)
