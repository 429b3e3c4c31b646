from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoresponderDetailsAutoresponderDetailsList")


@_attrs_define
class AutoresponderDetailsAutoresponderDetailsList(WireModel):
    """The autoresponder campaign (list)

    Attributes:
        id (str | Unset): Campaign ID Example: C.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/C.
        name (None | str | Unset): The campaign name Example: Promo campaign.
    """

    id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name

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


def _encode_id(self: AutoresponderDetailsAutoresponderDetailsList) -> Any:
    id = self.id
    return id


def _encode_href(self: AutoresponderDetailsAutoresponderDetailsList) -> Any:
    href = self.href
    return href


def _encode_name(self: AutoresponderDetailsAutoresponderDetailsList) -> Any:
    name: None | str | Unset
    if isinstance(self.name, Unset):
        name = UNSET
    else:
        name = self.name
    return name


def _from_dict(
    cls: type[AutoresponderDetailsAutoresponderDetailsList], src_dict: Mapping[str, Any]
) -> AutoresponderDetailsAutoresponderDetailsList:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.id = get("id", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value for key, value in d.items() if key not in AutoresponderDetailsAutoresponderDetailsList._wire_fields
    }


setattr(
    AutoresponderDetailsAutoresponderDetailsList, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AutoresponderDetailsAutoresponderDetailsList._wire_names = {
    "id": "id",
    "href": "href",
    "name": "name",
}
AutoresponderDetailsAutoresponderDetailsList._wire_fields = frozenset(
    AutoresponderDetailsAutoresponderDetailsList._wire_names.values()
)
AutoresponderDetailsAutoresponderDetailsList._decoders = {
    "id": None,
    "href": None,
    "name": None,
}
AutoresponderDetailsAutoresponderDetailsList._encoders = {
    "id": _encode_id,
    "href": _encode_href,
    "name": _encode_name,
}
AutoresponderDetailsAutoresponderDetailsList._extra_decoder = _decode_additional_properties
