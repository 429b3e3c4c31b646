from __future__ import annotations

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    value: str
    campaign: ListReference
    predefined_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewPredefinedFieldDict(TypedDict, total=False):
    """NewPredefinedField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    value: Required[str]
    campaign: Required[ListReference | ListReferenceDict]


NewPredefinedField._read_only = frozenset(["href", "predefined_field_id"])

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
