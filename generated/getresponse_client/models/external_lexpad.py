from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ExternalLexpad._wire_fields}


class ExternalLexpadDict(TypedDict, total=False):
    """ExternalLexpad as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    dataSourceUrl: Required[str]
    dataSourceToken: str | None


ExternalLexpad._extra_decoder = _decode_additional_properties

bind_fields(
    ExternalLexpad,
    {
        "data_source_url": WireField("dataSourceUrl", required=True),
        "data_source_token": WireField("dataSourceToken"),
    },
    additional_properties=True,
)
