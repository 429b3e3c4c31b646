from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewSuppression")


@_attrs_define
class NewSuppression(WireModel):
    """
    Attributes:
        name (str): The name of the suppression list Example: suppression-name.
        masks (list[str] | Unset):
    """

    name: str
    masks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        masks: list[str] | Unset = UNSET
        if not isinstance(self.masks, Unset):
            masks = self.masks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if masks is not UNSET:
            field_dict["masks"] = masks

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


def _decode_masks(d: Mapping[str, Any]) -> list[str] | Unset:
    masks = cast(list[str], d.get("masks", UNSET))

    return masks


def _encode_name(self: NewSuppression) -> Any:
    name = self.name
    return name


def _encode_masks(self: NewSuppression) -> Any:
    masks: list[str] | Unset = UNSET
    if not isinstance(self.masks, Unset):
        masks = self.masks

    return masks


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewSuppression._wire_fields}


NewSuppression._wire_names = {
    "name": "name",
    "masks": "masks",
}
NewSuppression._wire_fields = frozenset(NewSuppression._wire_names.values())
NewSuppression._decoders = {
    "name": _decode_name,
    "masks": _decode_masks,
    "additional_properties": _decode_additional_properties,
}
NewSuppression._encoders = {
    "name": _encode_name,
    "masks": _encode_masks,
}
