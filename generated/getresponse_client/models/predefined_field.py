from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


T = TypeVar("T", bound="PredefinedField")


@_attrs_define
class PredefinedField(WireModel):
    """
    Attributes:
        predefined_field_id (str | Unset):  Example: 6neM.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/predefined-
            fields/6neM.
        name (str | Unset):  Example: my_predefined_field_123.
        value (str | Unset):  Example: my value.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
    """

    predefined_field_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        predefined_field_id = self.predefined_field_id

        href = self.href

        name = self.name

        value = self.value

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if predefined_field_id is not UNSET:
            field_dict["predefinedFieldId"] = predefined_field_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

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


def _decode_predefined_field_id(d: Mapping[str, Any]) -> str | Unset:
    predefined_field_id: str | Unset = d.get("predefinedFieldId", UNSET)
    return predefined_field_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_value(d: Mapping[str, Any]) -> str | Unset:
    value: str | Unset = d.get("value", UNSET)
    return value


def _decode_campaign(d: Mapping[str, Any]) -> ListReference | Unset:
    from ..models.list_reference import ListReference  # noqa: PLC0415

    _campaign = d.get("campaign", UNSET)
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _encode_predefined_field_id(self: PredefinedField) -> Any:
    predefined_field_id = self.predefined_field_id
    return predefined_field_id


def _encode_href(self: PredefinedField) -> Any:
    href = self.href
    return href


def _encode_name(self: PredefinedField) -> Any:
    name = self.name
    return name


def _encode_value(self: PredefinedField) -> Any:
    value = self.value
    return value


def _encode_campaign(self: PredefinedField) -> Any:
    campaign: dict[str, Any] | Unset = UNSET
    if not isinstance(self.campaign, Unset):
        campaign = self.campaign.to_dict()
    return campaign


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PredefinedField._wire_fields}


PredefinedField._wire_names = {
    "predefined_field_id": "predefinedFieldId",
    "href": "href",
    "name": "name",
    "value": "value",
    "campaign": "campaign",
}
PredefinedField._wire_fields = frozenset(PredefinedField._wire_names.values())
PredefinedField._decoders = {
    "predefined_field_id": _decode_predefined_field_id,
    "href": _decode_href,
    "name": _decode_name,
    "value": _decode_value,
    "campaign": _decode_campaign,
    "additional_properties": _decode_additional_properties,
}
PredefinedField._encoders = {
    "predefined_field_id": _encode_predefined_field_id,
    "href": _encode_href,
    "name": _encode_name,
    "value": _encode_value,
    "campaign": _encode_campaign,
}
