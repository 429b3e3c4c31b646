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
    enum_members,
    not_in_response,
)

from ..models.search_contacts_conditions_details_section_logic_operator import (
    SearchContactsConditionsDetailsSectionLogicOperator,
)
from ..models.subscribers_type_enum_for_searching_subscribers_type_item import (
    SubscribersTypeEnumForSearchingSubscribersTypeItem,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.search_contact_section import SearchContactSection
    from .search_contact_section import SearchContactSectionDict


@_attrs_define
class SearchContactsBySearchForm(WireModel):
    """
    Attributes:
        subscribers_type (list[SubscribersTypeEnumForSearchingSubscribersTypeItem]): Only one subscription status
        section_logic_operator (SearchContactsConditionsDetailsSectionLogicOperator): Match 'any' (or value) or 'all'
            (and value) of the following conditions Example: or.
        section (list[SearchContactSection]):
    """

    subscribers_type: list[SubscribersTypeEnumForSearchingSubscribersTypeItem]
    section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator
    section: list[SearchContactSection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_subscribers_type(json_value_: Any) -> list[SubscribersTypeEnumForSearchingSubscribersTypeItem]:
    subscribers_type = []
    _subscribers_type = json_value_
    for subscribers_type_item_data in _subscribers_type:
        subscribers_type_item = SubscribersTypeEnumForSearchingSubscribersTypeItem(subscribers_type_item_data)

        subscribers_type.append(subscribers_type_item)

    return subscribers_type


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


def _from_dict(cls: type[SearchContactsBySearchForm], src_dict: Mapping[str, Any]) -> SearchContactsBySearchForm:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("subscribersType", UNSET)
    if value is UNSET:
        not_in_response(self, "subscribers_type")
    elif absent(value):
        self.subscribers_type = value
    else:
        try:
            self.subscribers_type = _decode_subscribers_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscribers_type", value, error)
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SearchContactsBySearchForm._wire_fields}


class SearchContactsBySearchFormDict(TypedDict, total=False):
    """SearchContactsBySearchForm as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    subscribersType: Required[list[SubscribersTypeEnumForSearchingSubscribersTypeItem | str]]
    sectionLogicOperator: Required[SearchContactsConditionsDetailsSectionLogicOperator | str]
    section: Required[list[SearchContactSection | SearchContactSectionDict]]


setattr(SearchContactsBySearchForm, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SearchContactsBySearchForm._wire_names = {
    "subscribers_type": "subscribersType",
    "section_logic_operator": "sectionLogicOperator",
    "section": "section",
}
SearchContactsBySearchForm._wire_fields = frozenset(SearchContactsBySearchForm._wire_names.values())
SearchContactsBySearchForm._decoders = {
    "subscribers_type": _decode_subscribers_type,
    "section_logic_operator": _decode_section_logic_operator,
    "section": _decode_section,
}
SearchContactsBySearchForm._extra_decoder = _decode_additional_properties
_members_section_logic_operator = enum_members(SearchContactsConditionsDetailsSectionLogicOperator)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.search_contact_section import SearchContactSection  # noqa: E402
