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

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    predefined_field_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
