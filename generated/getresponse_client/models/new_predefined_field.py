from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


T = TypeVar("T", bound="NewPredefinedField")


@_attrs_define
class NewPredefinedField(WireModel):
    """
    Attributes:
        name (str):  Example: my_predefined_field_123.
        value (str):  Example: my value.
        campaign (ListReference): A reference to a list (campaign in the API).
        predefined_field_id (str | Unset):  Example: 6neM.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/predefined-
            fields/6neM.
    """

    name: str
    value: str
    campaign: ListReference
    predefined_field_id: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        campaign = self.campaign.to_dict()

        predefined_field_id = self.predefined_field_id

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
                "campaign": campaign,
            }
        )
        if predefined_field_id is not UNSET:
            field_dict["predefinedFieldId"] = predefined_field_id
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


def _decode_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_value(d: Mapping[str, Any]) -> str:
    value: str = d["value"]
    return value


def _decode_campaign(d: Mapping[str, Any]) -> ListReference:
    from ..models.list_reference import ListReference  # noqa: PLC0415

    campaign = ListReference.from_dict(d["campaign"])

    return campaign


def _decode_predefined_field_id(d: Mapping[str, Any]) -> str | Unset:
    predefined_field_id: str | Unset = d.get("predefinedFieldId", UNSET)
    return predefined_field_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _encode_name(self: NewPredefinedField) -> Any:
    name = self.name
    return name


def _encode_value(self: NewPredefinedField) -> Any:
    value = self.value
    return value


def _encode_campaign(self: NewPredefinedField) -> Any:
    campaign = self.campaign.to_dict()
    return campaign


def _encode_predefined_field_id(self: NewPredefinedField) -> Any:
    predefined_field_id = self.predefined_field_id
    return predefined_field_id


def _encode_href(self: NewPredefinedField) -> Any:
    href = self.href
    return href


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewPredefinedField._wire_fields}


NewPredefinedField._wire_names = {
    "name": "name",
    "value": "value",
    "campaign": "campaign",
    "predefined_field_id": "predefinedFieldId",
    "href": "href",
}
NewPredefinedField._wire_fields = frozenset(NewPredefinedField._wire_names.values())
NewPredefinedField._decoders = {
    "name": _decode_name,
    "value": _decode_value,
    "campaign": _decode_campaign,
    "predefined_field_id": _decode_predefined_field_id,
    "href": _decode_href,
    "additional_properties": _decode_additional_properties,
}
NewPredefinedField._encoders = {
    "name": _encode_name,
    "value": _encode_value,
    "campaign": _encode_campaign,
    "predefined_field_id": _encode_predefined_field_id,
    "href": _encode_href,
}
