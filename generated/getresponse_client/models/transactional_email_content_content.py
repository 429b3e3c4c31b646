from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class TransactionalEmailContentContent(WireModel):
    """The message content.

    Attributes:
        plain (str | Unset):  Example: Your order has been confirmed. Thank you for shopping with us!.
        html (str | Unset):  Example: <h1>Your order has been confirmed</h1><strong>Thank you for shopping with
            us!</strong>.
    """

    plain: str | Unset = UNSET
    html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[TransactionalEmailContentContent], src_dict: Mapping[str, Any]
) -> TransactionalEmailContentContent:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.plain = get("plain", UNSET)
    self.html = get("html", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailContentContent._wire_fields}


setattr(
    TransactionalEmailContentContent, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailContentContent._wire_names = {
    "plain": "plain",
    "html": "html",
}
TransactionalEmailContentContent._wire_fields = frozenset(TransactionalEmailContentContent._wire_names.values())
TransactionalEmailContentContent._decoders = {
    "plain": None,
    "html": None,
}
TransactionalEmailContentContent._extra_decoder = _decode_additional_properties
