from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalLexpad")


@_attrs_define
class ExternalLexpad(WireModel):
    """External Lexpad settings for the message, read more: External Lexpad

    Attributes:
        data_source_url (str): URL to the endpoint that will provide data for External Lexpad Example:
            https://example.com/external_lexpad.
        data_source_token (None | str | Unset): Token that will be sent in X-Auth-Token header to authenticate the
            requests made to the endpoint Example: cf4dfca78434bf927a7655c0c4d95a2a45c33b71.
    """

    data_source_url: str
    data_source_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        data_source_url = self.data_source_url

        data_source_token: None | str | Unset
        if isinstance(self.data_source_token, Unset):
            data_source_token = UNSET
        else:
            data_source_token = self.data_source_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSourceUrl": data_source_url,
            }
        )
        if data_source_token is not UNSET:
            field_dict["dataSourceToken"] = data_source_token

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


def _encode_data_source_url(self: ExternalLexpad) -> Any:
    data_source_url = self.data_source_url
    return data_source_url


def _encode_data_source_token(self: ExternalLexpad) -> Any:
    data_source_token: None | str | Unset
    if isinstance(self.data_source_token, Unset):
        data_source_token = UNSET
    else:
        data_source_token = self.data_source_token
    return data_source_token


def _from_dict(cls: type[ExternalLexpad], src_dict: Mapping[str, Any]) -> ExternalLexpad:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.data_source_url = get("dataSourceUrl", UNSET)
    self.data_source_token = get("dataSourceToken", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ExternalLexpad._wire_fields}


setattr(ExternalLexpad, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ExternalLexpad._wire_names = {
    "data_source_url": "dataSourceUrl",
    "data_source_token": "dataSourceToken",
}
ExternalLexpad._wire_fields = frozenset(ExternalLexpad._wire_names.values())
ExternalLexpad._decoders = {
    "data_source_url": None,
    "data_source_token": None,
}
ExternalLexpad._encoders = {
    "data_source_url": _encode_data_source_url,
    "data_source_token": _encode_data_source_token,
}
ExternalLexpad._extra_decoder = _decode_additional_properties
