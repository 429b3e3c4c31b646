from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

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


@_attrs_define
class BaseSearchContactsDetails(WireModel):
    """
    Attributes:
        search_contact_id (str): The unique search-contact identifier Example: pV3r.
        name (str | Unset): The unique name of search-contact Example: custom test filter.
        created_on (datetime.datetime | Unset): The UTC date time format ISO 8601, e.g. Example:
            2018-04-10T10:02:57+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://app.getresponse.com/v3/search-contacts/pV3r.
    """

    search_contact_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[BaseSearchContactsDetails], src_dict: Mapping[str, Any]) -> BaseSearchContactsDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("searchContactId", UNSET)
    if value is UNSET:
        not_in_response(self, "search_contact_id")
    else:
        self.search_contact_id = value
    self.name = get("name", UNSET)
    value = get("createdOn", UNSET)
    if type(value) is str:
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
    return {key: value for key, value in d.items() if key not in BaseSearchContactsDetails._wire_fields}


setattr(BaseSearchContactsDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
BaseSearchContactsDetails._wire_names = {
    "search_contact_id": "searchContactId",
    "name": "name",
    "created_on": "createdOn",
    "href": "href",
}
BaseSearchContactsDetails._wire_fields = frozenset(BaseSearchContactsDetails._wire_names.values())
BaseSearchContactsDetails._decoders = {
    "search_contact_id": None,
    "name": None,
    "created_on": _decode_created_on,
    "href": None,
}
BaseSearchContactsDetails._extra_decoder = _decode_additional_properties
