from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class Tracking(WireModel):
    """
    Attributes:
        grid (str | Unset):  Example: 2fEBK5kj4ReCxUvd.
        snippet (str | Unset):  Example: <script type="text/javascript" src="script_url_will_be_here" async></script>.
        snippet_v2 (str | Unset):  Example: <script type="text/javascript">function () {}</script>.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    grid: str | Unset = UNSET
    snippet: str | Unset = UNSET
    snippet_v2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    Tracking,
    {
        "grid": WireField("grid"),
        "snippet": WireField("snippet"),
        "snippet_v2": WireField("snippetV2"),
    },
    additional_properties=True,
)
