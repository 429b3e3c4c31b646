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
    enum_members,
    not_in_response,
    parse_datetime,
)

from ..models.search_contacts_conditions_details_section_logic_operator import (
    SearchContactsConditionsDetailsSectionLogicOperator,
)
from ..models.subscribers_type_enum_for_segments_subscribers_type_item import (
    SubscribersTypeEnumForSegmentsSubscribersTypeItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_contact_section import SearchContactSection


@_attrs_define
class SearchContactsDetails(WireModel):
    """Search contact details.

    Attributes:
        section_logic_operator (SearchContactsConditionsDetailsSectionLogicOperator): Match 'any' (or value) or 'all'
            (and value) of the following conditions Example: or.
        section (list[SearchContactSection]):
        search_contact_id (str): The unique search-contact identifier Example: pV3r.
        name (str): The unique name of search-contact Example: custom test filter.
        created_on (datetime.datetime): The UTC date time format ISO 8601, e.g. Example: 2018-04-10T10:02:57+0000.
        href (str): Direct hyperlink to a resource Example: https://app.getresponse.com/v3/search-contacts/pV3r.
        subscribers_type (list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset): Only one subscription status
    """

    section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator
    section: list[SearchContactSection]
    search_contact_id: str
    name: str
    created_on: datetime.datetime
    href: str
    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_section_logic_operator(json_value_: Any) -> SearchContactsConditionsDetailsSectionLogicOperator:
    section_logic_operator = SearchContactsConditionsDetailsSectionLogicOperator(json_value_)

    return section_logic_operator


def _decode_section(json_value_: Any) -> list[SearchContactSection]:
    section = []
    _section = json_value_
    for section_item_data in _section:
        section_item = SearchContactSection.from_dict(section_item_data)

        section.append(section_item)

    return section


def _decode_created_on(json_value_: Any) -> datetime.datetime:
    created_on = datetime.datetime.fromisoformat(json_value_)

    return created_on


def _decode_subscribers_type(json_value_: Any) -> list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset:
    _subscribers_type = json_value_
    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
    if _subscribers_type is not UNSET:
        subscribers_type = []
        for subscribers_type_item_data in _subscribers_type:
            subscribers_type_item = SubscribersTypeEnumForSegmentsSubscribersTypeItem(subscribers_type_item_data)

            subscribers_type.append(subscribers_type_item)

    return subscribers_type


def _from_dict(cls: type[SearchContactsDetails], src_dict: Mapping[str, Any]) -> SearchContactsDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("sectionLogicOperator", UNSET)
    if value is UNSET:
        not_in_response(self, "section_logic_operator")
    elif type(value) is str:
        try:
            self.section_logic_operator = _members_section_logic_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.section_logic_operator = SearchContactsConditionsDetailsSectionLogicOperator(value)
    elif absent(value):
        self.section_logic_operator = value
    else:
        try:
            self.section_logic_operator = _decode_section_logic_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "section_logic_operator", value, error)
    value = get("section", UNSET)
    if value is UNSET:
        not_in_response(self, "section")
    elif absent(value):
        self.section = value
    else:
        try:
            self.section = _decode_section(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "section", value, error)
    value = get("searchContactId", UNSET)
    if value is UNSET:
        not_in_response(self, "search_contact_id")
    else:
        self.search_contact_id = value
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
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
    value = get("href", UNSET)
    if value is UNSET:
        not_in_response(self, "href")
    else:
        self.href = value
    value = get("subscribersType", UNSET)
    if absent(value):
        self.subscribers_type = value
    else:
        try:
            self.subscribers_type = _decode_subscribers_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscribers_type", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SearchContactsDetails._wire_fields}


setattr(SearchContactsDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SearchContactsDetails._wire_names = {
    "section_logic_operator": "sectionLogicOperator",
    "section": "section",
    "search_contact_id": "searchContactId",
    "name": "name",
    "created_on": "createdOn",
    "href": "href",
    "subscribers_type": "subscribersType",
}
SearchContactsDetails._wire_fields = frozenset(SearchContactsDetails._wire_names.values())
SearchContactsDetails._decoders = {
    "section_logic_operator": _decode_section_logic_operator,
    "section": _decode_section,
    "search_contact_id": None,
    "name": None,
    "created_on": _decode_created_on,
    "href": None,
    "subscribers_type": _decode_subscribers_type,
}
SearchContactsDetails._extra_decoder = _decode_additional_properties
_members_section_logic_operator = enum_members(SearchContactsConditionsDetailsSectionLogicOperator)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.search_contact_section import SearchContactSection  # noqa: E402
