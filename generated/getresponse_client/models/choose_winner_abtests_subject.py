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

from ..types import UNSET


@_attrs_define
class ChooseWinnerAbtestsSubject(WireModel):
    """
    Attributes:
        variant_id (str): The message variant ID. Example: VpKJdr.
    """

    variant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[ChooseWinnerAbtestsSubject], src_dict: Mapping[str, Any]) -> ChooseWinnerAbtestsSubject:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("variantId", UNSET)
    if value is UNSET:
        not_in_response(self, "variant_id")
    else:
        self.variant_id = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ChooseWinnerAbtestsSubject._wire_fields}


class ChooseWinnerAbtestsSubjectDict(TypedDict, total=False):
    """ChooseWinnerAbtestsSubject as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    variantId: Required[str]


setattr(ChooseWinnerAbtestsSubject, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ChooseWinnerAbtestsSubject._wire_names = {
    "variant_id": "variantId",
}
ChooseWinnerAbtestsSubject._wire_fields = frozenset(ChooseWinnerAbtestsSubject._wire_names.values())
ChooseWinnerAbtestsSubject._decoders = {
    "variant_id": None,
}
ChooseWinnerAbtestsSubject._extra_decoder = _decode_additional_properties
