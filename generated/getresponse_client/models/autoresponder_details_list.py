from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class AutoresponderDetailsList(WireModel):
    """The autoresponder campaign (list)

    Attributes:
        id (str | Unset): Campaign ID Example: C.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/C.
        name (None | str | Unset): The campaign name Example: Promo campaign.
    """

    id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[AutoresponderDetailsList], src_dict: Mapping[str, Any]) -> AutoresponderDetailsList:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.id = get("id", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderDetailsList._wire_fields}


setattr(AutoresponderDetailsList, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AutoresponderDetailsList._wire_names = {
    "id": "id",
    "href": "href",
    "name": "name",
}
AutoresponderDetailsList._wire_fields = frozenset(AutoresponderDetailsList._wire_names.values())
AutoresponderDetailsList._decoders = {
    "id": None,
    "href": None,
    "name": None,
}
AutoresponderDetailsList._extra_decoder = _decode_additional_properties
