from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.search_contacts_conditions_details_section_logic_operator import (
    SearchContactsConditionsDetailsSectionLogicOperator,
)
from ..models.subscribers_type_enum_for_segments_subscribers_type_item import (
    SubscribersTypeEnumForSegmentsSubscribersTypeItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_contact_section import SearchContactSection


T = TypeVar("T", bound="NewSearchContacts")


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
    search_contact_id: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        section_logic_operator = self.section_logic_operator.value

        section = []
        for section_item_data in self.section:
            section_item = section_item_data.to_dict()
            section.append(section_item)

        name = self.name

        subscribers_type: list[str] | Unset = UNSET
        if not isinstance(self.subscribers_type, Unset):
            subscribers_type = []
            for subscribers_type_item_data in self.subscribers_type:
                subscribers_type_item = subscribers_type_item_data.value
                subscribers_type.append(subscribers_type_item)

        search_contact_id = self.search_contact_id

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sectionLogicOperator": section_logic_operator,
                "section": section,
                "name": name,
            }
        )
        if subscribers_type is not UNSET:
            field_dict["subscribersType"] = subscribers_type
        if search_contact_id is not UNSET:
            field_dict["searchContactId"] = search_contact_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if href is not UNSET:
            field_dict["href"] = href

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


def _decode_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_subscribers_type(d: Mapping[str, Any]) -> list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset:
    _subscribers_type = d.get("subscribersType", UNSET)
    subscribers_type: list[SubscribersTypeEnumForSegmentsSubscribersTypeItem] | Unset = UNSET
    if _subscribers_type is not UNSET:
        subscribers_type = []
        for subscribers_type_item_data in _subscribers_type:
            subscribers_type_item = SubscribersTypeEnumForSegmentsSubscribersTypeItem(subscribers_type_item_data)

            subscribers_type.append(subscribers_type_item)

    return subscribers_type


def _decode_search_contact_id(d: Mapping[str, Any]) -> str | Unset:
    search_contact_id: str | Unset = d.get("searchContactId", UNSET)
    return search_contact_id


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _encode_section_logic_operator(self: NewSearchContacts) -> Any:
    section_logic_operator = self.section_logic_operator.value
    return section_logic_operator


def _encode_section(self: NewSearchContacts) -> Any:
    section = []
    for section_item_data in self.section:
        section_item = section_item_data.to_dict()
        section.append(section_item)

    return section


def _encode_name(self: NewSearchContacts) -> Any:
    name = self.name
    return name


def _encode_subscribers_type(self: NewSearchContacts) -> Any:
    subscribers_type: list[str] | Unset = UNSET
    if not isinstance(self.subscribers_type, Unset):
        subscribers_type = []
        for subscribers_type_item_data in self.subscribers_type:
            subscribers_type_item = subscribers_type_item_data.value
            subscribers_type.append(subscribers_type_item)

    return subscribers_type


def _encode_search_contact_id(self: NewSearchContacts) -> Any:
    search_contact_id = self.search_contact_id
    return search_contact_id


def _encode_created_on(self: NewSearchContacts) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_href(self: NewSearchContacts) -> Any:
    href = self.href
    return href


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewSearchContacts._wire_fields}


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
NewSearchContacts._decoders = {
    "section_logic_operator": _decode_section_logic_operator,
    "section": _decode_section,
    "name": _decode_name,
    "subscribers_type": _decode_subscribers_type,
    "search_contact_id": _decode_search_contact_id,
    "created_on": _decode_created_on,
    "href": _decode_href,
    "additional_properties": _decode_additional_properties,
}
NewSearchContacts._encoders = {
    "section_logic_operator": _encode_section_logic_operator,
    "section": _encode_section,
    "name": _encode_name,
    "subscribers_type": _encode_subscribers_type,
    "search_contact_id": _encode_search_contact_id,
    "created_on": _encode_created_on,
    "href": _encode_href,
}
