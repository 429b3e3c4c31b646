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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewFromField(WireModel):
    """
    Attributes:
        email (str): The email address Example: jsmith@example.com.
        name (str): The name connected to the email address Example: John Smith.
    """

    email: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewFromField._wire_fields}


class NewFromFieldDict(TypedDict, total=False):
    """NewFromField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    email: Required[str]
    name: Required[str]


NewFromField._extra_decoder = _decode_additional_properties

bind_fields(
    NewFromField,
    {
        "email": WireField("email", required=True),
        "name": WireField("name", required=True),
    },
    additional_properties=True,
)
