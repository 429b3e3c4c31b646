from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


@_attrs_define
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


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _from_dict(cls: type[PredefinedField], src_dict: Mapping[str, Any]) -> PredefinedField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.predefined_field_id = get("predefinedFieldId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.value = get("value", UNSET)
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PredefinedField._wire_fields}


setattr(PredefinedField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
PredefinedField._wire_names = {
    "predefined_field_id": "predefinedFieldId",
    "href": "href",
    "name": "name",
    "value": "value",
    "campaign": "campaign",
}
PredefinedField._wire_fields = frozenset(PredefinedField._wire_names.values())
PredefinedField._decoders = {
    "predefined_field_id": None,
    "href": None,
    "name": None,
    "value": None,
    "campaign": _decode_campaign,
}
PredefinedField._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
