from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SubscribersTypeEnumForSearching(WireModel):
    """
    Attributes:
        subscribers_type (list[SubscribersTypeEnumForSearchingSubscribersTypeItem] | Unset): Only one subscription
            status
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


bind_fields(
    SubscribersTypeEnumForSearching,
    {
        "subscribers_type": WireField("subscribersType", decode=_decode_subscribers_type, keep=True),
    },
    additional_properties=True,
)
