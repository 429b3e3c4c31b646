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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListLocationItem(WireModel):
    """
    Example:
        {'others': {'amount': '6', 'continentCode': '', 'countryCode': ''}, 'PL': {'amount': '45', 'continentCode':
            'EU', 'countryCode': 'PL'}}

    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    additional_properties: dict[str, ListLocationItemAdditionalProperty] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, ListLocationItemAdditionalProperty]:
    # The fields the spec does not name, decoded as its additionalProperties schema says (untyped ones need no
    # decoder: WireModel keeps them as they came).
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
