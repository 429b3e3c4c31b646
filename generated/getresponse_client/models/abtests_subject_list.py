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

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class AbtestsSubjectList(WireModel):
    """List linked to A/B test

    Attributes:
        campaign_id (str | Unset): Campaign ID Example: C.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/C.
    """

    campaign_id: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectList._wire_fields}


AbtestsSubjectList._extra_decoder = _decode_additional_properties

bind_fields(
    AbtestsSubjectList,
    {
        "campaign_id": WireField("campaignId"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
