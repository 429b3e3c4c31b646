from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from .list_reference import ListReferenceDict


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewPredefinedField(WireModel):
    """
    Attributes:
        name (str):  Example: my_predefined_field_123.
        value (str):  Example: my value.
        campaign (ListReference): A reference to a list (campaign in the API).
        predefined_field_id (str | Unset):  Example: 6neM.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/predefined-
            fields/6neM.
    """

    name: str
    value: str
    campaign: ListReference
    predefined_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewPredefinedField._wire_fields}


class NewPredefinedFieldDict(TypedDict, total=False):
    """NewPredefinedField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    value: Required[str]
    campaign: Required[ListReference | ListReferenceDict]


NewPredefinedField._read_only = frozenset(["href", "predefined_field_id"])
NewPredefinedField._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    NewPredefinedField,
    {
        "name": WireField("name", required=True),
        "value": WireField("value", required=True),
        "campaign": WireField("campaign", required=True, decode=ListReference.from_dict, keep=True),
        "predefined_field_id": WireField("predefinedFieldId"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
