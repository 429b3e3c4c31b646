from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET


@_attrs_define
class WebinarNewsletter(WireModel):
    """
    Attributes:
        newsletter_id (str): The ID of the webinar invitation message Example: NuE4.
        href (str): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/newsletters/NuE4.
    """

    newsletter_id: str
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[WebinarNewsletter], src_dict: Mapping[str, Any]) -> WebinarNewsletter:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("newsletterId", UNSET)
    if value is UNSET:
        not_in_response(self, "newsletter_id")
    else:
        self.newsletter_id = value
    value = get("href", UNSET)
    if value is UNSET:
        not_in_response(self, "href")
    else:
        self.href = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarNewsletter._wire_fields}


setattr(WebinarNewsletter, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
WebinarNewsletter._wire_names = {
    "newsletter_id": "newsletterId",
    "href": "href",
}
WebinarNewsletter._wire_fields = frozenset(WebinarNewsletter._wire_names.values())
WebinarNewsletter._decoders = {
    "newsletter_id": None,
    "href": None,
}
WebinarNewsletter._extra_decoder = _decode_additional_properties
