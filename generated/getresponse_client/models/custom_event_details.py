from __future__ import annotations

import datetime
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
    not_in_response,
    parse_datetime,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_event_attribute_details import CustomEventAttributeDetails


@_attrs_define
class CustomEventDetails(WireModel):
    """
    Attributes:
        name (str): Unique name of custom event Example: sample_custom_event.
        attributes (list[CustomEventAttributeDetails]): Optional collection of attributes
        custom_event_id (str): The custom event ID Example: hy7.
        created_on (datetime.datetime): Date of creation custom event definition Example: 2019-08-19T11:32:34+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/custom-events/vBd5.
    """

    name: str
    attributes: list[CustomEventAttributeDetails]
    custom_event_id: str
    created_on: datetime.datetime
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_attributes(json_value_: Any) -> list[CustomEventAttributeDetails]:
    attributes = []
    _attributes = json_value_
    for attributes_item_data in _attributes:
        attributes_item = CustomEventAttributeDetails.from_dict(attributes_item_data)

        attributes.append(attributes_item)

    return attributes


def _decode_created_on(json_value_: Any) -> datetime.datetime:
    created_on = datetime.datetime.fromisoformat(json_value_)

    return created_on


def _from_dict(cls: type[CustomEventDetails], src_dict: Mapping[str, Any]) -> CustomEventDetails:
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
    value = get("attributes", UNSET)
    if value is UNSET:
        not_in_response(self, "attributes")
    elif absent(value):
        self.attributes = value
    else:
        try:
            self.attributes = _decode_attributes(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "attributes", value, error)
    value = get("customEventId", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_event_id")
    else:
        self.custom_event_id = value
    value = get("createdOn", UNSET)
    if value is UNSET:
        not_in_response(self, "created_on")
    elif type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEventDetails._wire_fields}


setattr(CustomEventDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomEventDetails._wire_names = {
    "name": "name",
    "attributes": "attributes",
    "custom_event_id": "customEventId",
    "created_on": "createdOn",
    "href": "href",
}
CustomEventDetails._wire_fields = frozenset(CustomEventDetails._wire_names.values())
CustomEventDetails._decoders = {
    "name": None,
    "attributes": _decode_attributes,
    "custom_event_id": None,
    "created_on": _decode_created_on,
    "href": None,
}
CustomEventDetails._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.custom_event_attribute_details import CustomEventAttributeDetails  # noqa: E402
