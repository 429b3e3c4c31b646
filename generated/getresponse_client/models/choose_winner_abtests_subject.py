from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET
from getresponse_runtime.wire import WireModel, check_mapping

T = TypeVar("T", bound="ChooseWinnerAbtestsSubject")


@_attrs_define
class ChooseWinnerAbtestsSubject(WireModel):
    """
    Attributes:
        variant_id (str): The message variant ID. Example: VpKJdr.
    """

    variant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        variant_id = self.variant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variantId": variant_id,
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


def _encode_variant_id(self: ChooseWinnerAbtestsSubject) -> Any:
    variant_id = self.variant_id
    return variant_id


def _from_dict(cls: type[ChooseWinnerAbtestsSubject], src_dict: Mapping[str, Any]) -> ChooseWinnerAbtestsSubject:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.variant_id = get("variantId", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ChooseWinnerAbtestsSubject._wire_fields}


setattr(ChooseWinnerAbtestsSubject, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ChooseWinnerAbtestsSubject._wire_names = {
    "variant_id": "variantId",
}
ChooseWinnerAbtestsSubject._wire_fields = frozenset(ChooseWinnerAbtestsSubject._wire_names.values())
ChooseWinnerAbtestsSubject._decoders = {
    "variant_id": None,
}
ChooseWinnerAbtestsSubject._encoders = {
    "variant_id": _encode_variant_id,
}
ChooseWinnerAbtestsSubject._extra_decoder = _decode_additional_properties
