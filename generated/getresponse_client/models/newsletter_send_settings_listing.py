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

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewsletterSendSettingsListing(WireModel):
    """
    Attributes:
        time_travel (StringBooleanEnum | Unset):
        perfect_timing (StringBooleanEnum | Unset):
    """

    time_travel: StringBooleanEnum | Unset = UNSET
    perfect_timing: StringBooleanEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterSendSettingsListing._wire_fields}


NewsletterSendSettingsListing._extra_decoder = _decode_additional_properties

bind_fields(
    NewsletterSendSettingsListing,
    {
        "time_travel": WireField("timeTravel", enum=StringBooleanEnum),
        "perfect_timing": WireField("perfectTiming", enum=StringBooleanEnum),
    },
    additional_properties=True,
)
