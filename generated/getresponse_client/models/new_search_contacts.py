from __future__ import annotations

import datetime
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
    from .search_contact_section import SearchContactSectionDict


@_attrs_define
class NewSearchContacts(WireModel):
    """New search contacts.

    Attributes:
        section_logic_operator (SearchContactsConditionsDetailsSectionLogicOperator): Match 'any' (or value) or 'all'
            (and value) of the following conditions Example: or.
        section (list[SearchContactSection]):
        name (str): The unique name of search-contact Example: custom test filter.
        subscribers_type (list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset): Only one subscription status
        search_contact_id (str | Unset): The unique search-contact identifier Example: pV3r.
        created_on (datetime.datetime | Unset): The UTC date time format ISO 8601, e.g. Example:
            2018-04-10T10:02:57+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://app.getresponse.com/v3/search-contacts/pV3r.
    """

    section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator
    section: list[SearchContactSection]
    name: str
    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
    search_contact_id: str | Unset = _attrs_field(init=False, default=UNSET)
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
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


def _decode_subscribers_type(json_value_: Any) -> list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset:
    _subscribers_type = json_value_
    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
    if _subscribers_type is not UNSET:
        subscribers_type = []
        for subscribers_type_item_data in _subscribers_type:
            subscribers_type_item = SubscribersTypeEnumForSegmentsSubscribersTypeItem(subscribers_type_item_data)

            subscribers_type.append(subscribers_type_item)

    return subscribers_type


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[NewSearchContacts], src_dict: Mapping[str, Any]) -> NewSearchContacts:
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
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("subscribersType", UNSET)
    if absent(value):
        self.subscribers_type = value
    else:
        try:
            self.subscribers_type = _decode_subscribers_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscribers_type", value, error)
    self.search_contact_id = get("searchContactId", UNSET)
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
    return {key: value for key, value in d.items() if key not in NewSearchContacts._wire_fields}


class NewSearchContactsDict(TypedDict, total=False):
    """NewSearchContacts as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    sectionLogicOperator: Required[SearchContactsConditionsDetailsSectionLogicOperator | str]
    section: Required[list[SearchContactSection | SearchContactSectionDict]]
    name: Required[str]
    subscribersType: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str]


setattr(NewSearchContacts, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewSearchContacts._wire_names = {
    "section_logic_operator": "sectionLogicOperator",
    "section": "section",
    "name": "name",
    "subscribers_type": "subscribersType",
    "search_contact_id": "searchContactId",
    "created_on": "createdOn",
    "href": "href",
}
NewSearchContacts._wire_fields = frozenset(NewSearchContacts._wire_names.values())
NewSearchContacts._read_only = frozenset(["created_on", "href", "search_contact_id"])
NewSearchContacts._decoders = {
    "section_logic_operator": _decode_section_logic_operator,
    "section": _decode_section,
    "name": None,
    "subscribers_type": _decode_subscribers_type,
    "search_contact_id": None,
    "created_on": _decode_created_on,
    "href": None,
}
NewSearchContacts._extra_decoder = _decode_additional_properties
_members_section_logic_operator = enum_members(SearchContactsConditionsDetailsSectionLogicOperator)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.search_contact_section import SearchContactSection  # noqa: E402
