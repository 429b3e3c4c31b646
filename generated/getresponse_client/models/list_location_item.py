from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.list_location_item_additional_property import ListLocationItemAdditionalProperty


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ListLocationItem(WireModel):
    """
    Example:
        {'others': {'amount': '6', 'continentCode': '', 'countryCode': ''}, 'PL': {'amount': '45', 'continentCode':
            'EU', 'countryCode': 'PL'}}

    """

    additional_properties: dict[str, ListLocationItemAdditionalProperty] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, ListLocationItemAdditionalProperty]:
    additional_properties: dict[str, ListLocationItemAdditionalProperty] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in ListLocationItem._wire_fields:
            continue
        additional_property = ListLocationItemAdditionalProperty.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


ListLocationItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_location_item_additional_property import ListLocationItemAdditionalProperty  # noqa: E402

bind_fields(
    ListLocationItem,
    {},
    additional_properties=True,
)
