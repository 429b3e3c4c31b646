from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TransactionalEmailTemplateContent(WireModel):
    """The template content.

    Attributes:
        plain (str | Unset): The plain text equivalent of template content Example: Your order has been confirmed. Thank
            you for shopping with us!.
        html (str | Unset): The template content in HTML Example: <h1>Your order has been confirmed</h1><strong>Thank
            you for shopping with us!</strong>.
    """

    plain: str | Unset = UNSET
    html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailTemplateContent._wire_fields}


class TransactionalEmailTemplateContentDict(TypedDict, total=False):
    """TransactionalEmailTemplateContent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    plain: str
    html: str


TransactionalEmailTemplateContent._extra_decoder = _decode_additional_properties

bind_fields(
    TransactionalEmailTemplateContent,
    {
        "plain": WireField("plain"),
        "html": WireField("html"),
    },
    additional_properties=True,
)
