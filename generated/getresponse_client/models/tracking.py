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

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Tracking._wire_fields}


Tracking._extra_decoder = _decode_additional_properties

bind_fields(
    Tracking,
    {
        "grid": WireField("grid"),
        "snippet": WireField("snippet"),
        "snippet_v2": WireField("snippetV2"),
    },
    additional_properties=True,
)
