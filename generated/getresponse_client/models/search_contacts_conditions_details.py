from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.search_contacts_conditions_details_section_logic_operator import (
    SearchContactsConditionsDetailsSectionLogicOperator,
)

if TYPE_CHECKING:
    from ..models.search_contact_section import SearchContactSection


T = TypeVar("T", bound="SearchContactsConditionsDetails")


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

    def _encode(self) -> dict[str, Any]:
        section_logic_operator = self.section_logic_operator.value

        section = []
        for section_item_data in self.section:
            section_item = section_item_data.to_dict()
            section.append(section_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sectionLogicOperator": section_logic_operator,
                "section": section,
            }
        )

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_section_logic_operator(d: Mapping[str, Any]) -> SearchContactsConditionsDetailsSectionLogicOperator:
    section_logic_operator = SearchContactsConditionsDetailsSectionLogicOperator(d["sectionLogicOperator"])

    return section_logic_operator


def _decode_section(d: Mapping[str, Any]) -> list[SearchContactSection]:
    from ..models.search_contact_section import SearchContactSection  # noqa: PLC0415

    section = []
    _section = d["section"]
    for section_item_data in _section:
        section_item = SearchContactSection.from_dict(section_item_data)

        section.append(section_item)

    return section


def _encode_section_logic_operator(self: SearchContactsConditionsDetails) -> Any:
    section_logic_operator = self.section_logic_operator.value
    return section_logic_operator


def _encode_section(self: SearchContactsConditionsDetails) -> Any:
    section = []
    for section_item_data in self.section:
        section_item = section_item_data.to_dict()
        section.append(section_item)

    return section


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SearchContactsConditionsDetails._wire_fields}


SearchContactsConditionsDetails._wire_names = {
    "section_logic_operator": "sectionLogicOperator",
    "section": "section",
}
SearchContactsConditionsDetails._wire_fields = frozenset(SearchContactsConditionsDetails._wire_names.values())
SearchContactsConditionsDetails._decoders = {
    "section_logic_operator": _decode_section_logic_operator,
    "section": _decode_section,
    "additional_properties": _decode_additional_properties,
}
SearchContactsConditionsDetails._encoders = {
    "section_logic_operator": _encode_section_logic_operator,
    "section": _encode_section,
}
