from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpdateSearchContacts(WireModel):
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator
    section: list[SearchContactSection]
    name: str
    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
    search_contact_id: str | Unset = _attrs_field(init=False, default=UNSET)
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


class UpdateSearchContactsDict(TypedDict, total=False):
    """UpdateSearchContacts as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    sectionLogicOperator: Required[SearchContactsConditionsDetailsSectionLogicOperator | str]
    section: Required[list[SearchContactSection | SearchContactSectionDict]]
    name: Required[str]
    subscribersType: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str]


UpdateSearchContacts._read_only = frozenset(["created_on", "href", "search_contact_id"])

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.search_contact_section import SearchContactSection  # noqa: E402

bind_fields(
    UpdateSearchContacts,
    {
        "section_logic_operator": WireField(
            "sectionLogicOperator", required=True, enum=SearchContactsConditionsDetailsSectionLogicOperator
        ),
        "section": WireField("section", required=True, decode=_decode_section, keep=True),
        "name": WireField("name", required=True),
        "subscribers_type": WireField("subscribersType", decode=_decode_subscribers_type, keep=True),
        "search_contact_id": WireField("searchContactId"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
    },
    additional_properties=True,
)
