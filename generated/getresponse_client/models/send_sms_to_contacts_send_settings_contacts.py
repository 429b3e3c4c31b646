from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SendSmsToContactsSendSettingsContacts(WireModel):
    """The filter that determines message recipients."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendSmsToContactsSendSettingsContacts._wire_fields}


SendSmsToContactsSendSettingsContacts._extra_decoder = _decode_additional_properties

bind_fields(
    SendSmsToContactsSendSettingsContacts,
    {},
    additional_properties=True,
)
