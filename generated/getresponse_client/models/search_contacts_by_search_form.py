from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

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
from ..models.subscribers_type_enum_for_searching_subscribers_type_item import (
    SubscribersTypeEnumForSearchingSubscribersTypeItem,
)

if TYPE_CHECKING:
    from ..models.search_contact_section import SearchContactSection
    from .search_contact_section import SearchContactSectionDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SearchContactsBySearchForm(WireModel):
    """
    Attributes:
        subscribers_type (list[SubscribersTypeEnumForSearchingSubscribersTypeItem]): Only one subscription status
        section_logic_operator (SearchContactsConditionsDetailsSectionLogicOperator): Match 'any' (or value) or 'all'
            (and value) of the following conditions Example: or.
        section (list[SearchContactSection]):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


def _decode_section(json_value_: Any) -> list[SearchContactSection]:
    section = []
    _section = json_value_
    for section_item_data in _section:
        section_item = SearchContactSection.from_dict(section_item_data)

        section.append(section_item)

    return section


class SearchContactsBySearchFormDict(TypedDict, total=False):
    """SearchContactsBySearchForm as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    subscribersType: Required[list[SubscribersTypeEnumForSearchingSubscribersTypeItem | str]]
    sectionLogicOperator: Required[SearchContactsConditionsDetailsSectionLogicOperator | str]
    section: Required[list[SearchContactSection | SearchContactSectionDict]]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.search_contact_section import SearchContactSection  # noqa: E402

bind_fields(
    SearchContactsBySearchForm,
    {
        "subscribers_type": WireField("subscribersType", required=True, decode=_decode_subscribers_type, keep=True),
        "section_logic_operator": WireField(
            "sectionLogicOperator", required=True, enum=SearchContactsConditionsDetailsSectionLogicOperator
        ),
        "section": WireField("section", required=True, decode=_decode_section, keep=True),
    },
    additional_properties=True,
)
