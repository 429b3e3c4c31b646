from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="Quota")


@_attrs_define
class Quota(WireModel):
    """
    Attributes:
        limit (int | Unset): The total size of available storage space Example: 1048576.
        usage (int | Unset): The currently used storage space Example: 1024.
    """

    limit: int | Unset = UNSET
    usage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        limit = self.limit

        usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if usage is not UNSET:
            field_dict["usage"] = usage

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


def _encode_limit(self: Quota) -> Any:
    limit = self.limit
    return limit


def _encode_usage(self: Quota) -> Any:
    usage = self.usage
    return usage


def _from_dict(cls: type[Quota], src_dict: Mapping[str, Any]) -> Quota:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.limit = get("limit", UNSET)
    self.usage = get("usage", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Quota._wire_fields}


setattr(Quota, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Quota._wire_names = {
    "limit": "limit",
    "usage": "usage",
}
Quota._wire_fields = frozenset(Quota._wire_names.values())
Quota._decoders = {
    "limit": None,
    "usage": None,
}
Quota._encoders = {
    "limit": _encode_limit,
    "usage": _encode_usage,
}
Quota._extra_decoder = _decode_additional_properties
