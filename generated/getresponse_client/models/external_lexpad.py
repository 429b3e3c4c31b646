from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET, Unset


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


def _from_dict(cls: type[ExternalLexpad], src_dict: Mapping[str, Any]) -> ExternalLexpad:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("dataSourceUrl", UNSET)
    if value is UNSET:
        not_in_response(self, "data_source_url")
    else:
        self.data_source_url = value
    self.data_source_token = get("dataSourceToken", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ExternalLexpad._wire_fields}


class ExternalLexpadDict(TypedDict, total=False):
    """ExternalLexpad as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    dataSourceUrl: Required[str]
    dataSourceToken: str | None


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
ExternalLexpad._extra_decoder = _decode_additional_properties
