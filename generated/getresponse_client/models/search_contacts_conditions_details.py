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
    enum_members,
    not_in_response,
)

from ..models.search_contacts_conditions_details_section_logic_operator import (
    SearchContactsConditionsDetailsSectionLogicOperator,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.search_contact_section import SearchContactSection


@_attrs_define
class SearchContactsConditionsDetails(WireModel):
    """
    Example:
        {'subscribersType': ['subscribed'], 'sectionLogicOperator': 'or', 'section': [{'campaignIdsList': ['tamqY'],
            'logicOperator': 'or', 'subscriberCycle': ['receiving_autoresponder', 'not_receiving_autoresponder'],
            'subscriptionDate': 'all_time', 'conditions': [{'conditionType': 'crm', 'pipelineScope': 'PSVq', 'stageScope':
            'all'}]}]}

    Attributes:
        section_logic_operator (SearchContactsConditionsDetailsSectionLogicOperator): Match 'any' (or value) or 'all'
            (and value) of the following conditions Example: or.
        section (list[SearchContactSection]):
    """

    section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator
    section: list[SearchContactSection]
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


def _from_dict(
    cls: type[SearchContactsConditionsDetails], src_dict: Mapping[str, Any]
) -> SearchContactsConditionsDetails:
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SearchContactsConditionsDetails._wire_fields}


setattr(
    SearchContactsConditionsDetails, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SearchContactsConditionsDetails._wire_names = {
    "section_logic_operator": "sectionLogicOperator",
    "section": "section",
}
SearchContactsConditionsDetails._wire_fields = frozenset(SearchContactsConditionsDetails._wire_names.values())
SearchContactsConditionsDetails._decoders = {
    "section_logic_operator": _decode_section_logic_operator,
    "section": _decode_section,
}
SearchContactsConditionsDetails._extra_decoder = _decode_additional_properties
_members_section_logic_operator = enum_members(SearchContactsConditionsDetailsSectionLogicOperator)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.search_contact_section import SearchContactSection  # noqa: E402
