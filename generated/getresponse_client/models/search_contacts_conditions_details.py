from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.search_contacts_conditions_details_section_logic_operator import (
    SearchContactsConditionsDetailsSectionLogicOperator,
)

if TYPE_CHECKING:
    from ..models.search_contact_section import SearchContactSection


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator
    section: list[SearchContactSection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_section(json_value_: Any) -> list[SearchContactSection]:
    section = []
    _section = json_value_
    for section_item_data in _section:
        section_item = SearchContactSection.from_dict(section_item_data)

        section.append(section_item)

    return section


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.search_contact_section import SearchContactSection  # noqa: E402

bind_fields(
    SearchContactsConditionsDetails,
    {
        "section_logic_operator": WireField(
            "sectionLogicOperator", required=True, enum=SearchContactsConditionsDetailsSectionLogicOperator
        ),
        "section": WireField("section", required=True, decode=_decode_section, keep=True),
    },
    additional_properties=True,
)
