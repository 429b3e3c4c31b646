from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class WebinarNewsletter(WireModel):
    """
    Attributes:
        newsletter_id (str): The ID of the webinar invitation message Example: NuE4.
        href (str): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/newsletters/NuE4.
    """

    newsletter_id: str
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarNewsletter._wire_fields}


WebinarNewsletter._extra_decoder = _decode_additional_properties

bind_fields(
    WebinarNewsletter,
    {
        "newsletter_id": WireField("newsletterId", required=True),
        "href": WireField("href", required=True),
    },
    additional_properties=True,
)
