from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator
    section: list[SearchContactSection]
    search_contact_id: str
    name: str
    created_on: datetime.datetime
    href: str
    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.search_contact_section import SearchContactSection  # noqa: E402

bind_fields(
    SearchContactsDetails,
    {
        "section_logic_operator": WireField(
            "sectionLogicOperator", required=True, enum=SearchContactsConditionsDetailsSectionLogicOperator
        ),
        "section": WireField("section", required=True, decode=_decode_section, keep=True),
        "search_contact_id": WireField("searchContactId", required=True),
        "name": WireField("name", required=True),
        "created_on": WireField("createdOn", required=True, decode=parse_datetime),
        "href": WireField("href", required=True),
        "subscribers_type": WireField("subscribersType", decode=_decode_subscribers_type, keep=True),
    },
    additional_properties=True,
)
