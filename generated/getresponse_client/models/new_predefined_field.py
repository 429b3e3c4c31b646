from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from .list_reference import ListReferenceDict


@_attrs_define
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


def _decode_campaign(json_value_: Any) -> ListReference:
    campaign = ListReference.from_dict(json_value_)

    return campaign


def _from_dict(cls: type[NewPredefinedField], src_dict: Mapping[str, Any]) -> NewPredefinedField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    else:
        self.value = value
    value = get("campaign", UNSET)
    if value is UNSET:
        not_in_response(self, "campaign")
    elif type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    self.predefined_field_id = get("predefinedFieldId", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewPredefinedField._wire_fields}


class NewPredefinedFieldDict(TypedDict, total=False):
    """NewPredefinedField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    value: Required[str]
    campaign: Required[ListReference | ListReferenceDict]


setattr(NewPredefinedField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewPredefinedField._wire_names = {
    "name": "name",
    "value": "value",
    "campaign": "campaign",
    "predefined_field_id": "predefinedFieldId",
    "href": "href",
}
NewPredefinedField._wire_fields = frozenset(NewPredefinedField._wire_names.values())
NewPredefinedField._read_only = frozenset(["href", "predefined_field_id"])
NewPredefinedField._decoders = {
    "name": None,
    "value": None,
    "campaign": _decode_campaign,
    "predefined_field_id": None,
    "href": None,
}
NewPredefinedField._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
