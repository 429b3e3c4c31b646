from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="FromFieldReference")


@_attrs_define
class FromFieldReference(WireModel):
    """
    Attributes:
        from_field_id (str): The 'From' address ID Example: V.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/from-fields/V.
    """

    from_field_id: str
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        from_field_id = self.from_field_id

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromFieldId": from_field_id,
            }
        )
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


def _encode_from_field_id(self: FromFieldReference) -> Any:
    from_field_id = self.from_field_id
    return from_field_id


def _encode_href(self: FromFieldReference) -> Any:
    href = self.href
    return href


def _from_dict(cls: type[FromFieldReference], src_dict: Mapping[str, Any]) -> FromFieldReference:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.from_field_id = get("fromFieldId", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FromFieldReference._wire_fields}


setattr(FromFieldReference, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FromFieldReference._wire_names = {
    "from_field_id": "fromFieldId",
    "href": "href",
}
FromFieldReference._wire_fields = frozenset(FromFieldReference._wire_names.values())
FromFieldReference._decoders = {
    "from_field_id": None,
    "href": None,
}
FromFieldReference._encoders = {
    "from_field_id": _encode_from_field_id,
    "href": _encode_href,
}
FromFieldReference._extra_decoder = _decode_additional_properties
