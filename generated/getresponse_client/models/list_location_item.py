from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

if TYPE_CHECKING:
    from ..models.list_location_item_additional_property import ListLocationItemAdditionalProperty


@_attrs_define
class ListLocationItem(WireModel):
    """
    Example:
        {'others': {'amount': '6', 'continentCode': '', 'countryCode': ''}, 'PL': {'amount': '45', 'continentCode':
            'EU', 'countryCode': 'PL'}}

    """

    additional_properties: dict[str, ListLocationItemAdditionalProperty] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[ListLocationItem], src_dict: Mapping[str, Any]) -> ListLocationItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, ListLocationItemAdditionalProperty]:
    additional_properties: dict[str, ListLocationItemAdditionalProperty] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in ListLocationItem._wire_fields:
            continue
        additional_property = ListLocationItemAdditionalProperty.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


setattr(ListLocationItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ListLocationItem._wire_names = {}
ListLocationItem._wire_fields = frozenset(ListLocationItem._wire_names.values())
ListLocationItem._decoders = {}
ListLocationItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_location_item_additional_property import ListLocationItemAdditionalProperty  # noqa: E402
