from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ExternalLexpad(WireModel):
    """External Lexpad settings for the message, read more: External Lexpad

    Attributes:
        data_source_url (str): URL to the endpoint that will provide data for External Lexpad Example:
            https://example.com/external_lexpad.
        data_source_token (None | str | Unset): Token that will be sent in X-Auth-Token header to authenticate the
            requests made to the endpoint Example: cf4dfca78434bf927a7655c0c4d95a2a45c33b71.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    data_source_url: str
    data_source_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ExternalLexpadDict(TypedDict, total=False):
    """ExternalLexpad as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    dataSourceUrl: Required[str]
    dataSourceToken: str | None


bind_fields(
    ExternalLexpad,
    {
        "data_source_url": WireField("dataSourceUrl", required=True),
        "data_source_token": WireField("dataSourceToken"),
    },
    additional_properties=True,
)
