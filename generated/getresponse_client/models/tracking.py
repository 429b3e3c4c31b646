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
class Tracking(WireModel):
    """
    Attributes:
        grid (str | Unset):  Example: 2fEBK5kj4ReCxUvd.
        snippet (str | Unset):  Example: <script type="text/javascript" src="script_url_will_be_here" async></script>.
        snippet_v2 (str | Unset):  Example: <script type="text/javascript">function () {}</script>.
    """

    grid: str | Unset = UNSET
    snippet: str | Unset = UNSET
    snippet_v2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[Tracking], src_dict: Mapping[str, Any]) -> Tracking:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.grid = get("grid", UNSET)
    self.snippet = get("snippet", UNSET)
    self.snippet_v2 = get("snippetV2", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Tracking._wire_fields}


setattr(Tracking, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Tracking._wire_names = {
    "grid": "grid",
    "snippet": "snippet",
    "snippet_v2": "snippetV2",
}
Tracking._wire_fields = frozenset(Tracking._wire_names.values())
Tracking._decoders = {
    "grid": None,
    "snippet": None,
    "snippet_v2": None,
}
Tracking._extra_decoder = _decode_additional_properties
