from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class PredefinedField(WireModel):
    """
    Attributes:
        predefined_field_id (str | Unset):  Example: 6neM.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/predefined-
            fields/6neM.
        name (str | Unset):  Example: my_predefined_field_123.
        value (str | Unset):  Example: my value.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
    """

    predefined_field_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PredefinedField._wire_fields}


PredefinedField._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    PredefinedField,
    {
        "predefined_field_id": WireField("predefinedFieldId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "value": WireField("value"),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
    },
    additional_properties=True,
)
