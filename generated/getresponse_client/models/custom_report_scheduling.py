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

from ..models.custom_report_frequencies_enum import CustomReportFrequenciesEnum
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CustomReportScheduling(WireModel):
    """
    Attributes:
        frequency (CustomReportFrequenciesEnum | Unset):
    """

    frequency: CustomReportFrequenciesEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReportScheduling._wire_fields}


CustomReportScheduling._extra_decoder = _decode_additional_properties

bind_fields(
    CustomReportScheduling,
    {
        "frequency": WireField("frequency", enum=CustomReportFrequenciesEnum),
    },
    additional_properties=True,
)
