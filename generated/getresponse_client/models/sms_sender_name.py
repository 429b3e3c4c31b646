from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
)

from ..models.sms_sender_name_statuses_enum import SmsSenderNameStatusesEnum
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SmsSenderName(WireModel):
    """
    Attributes:
        sender_name_id (str): The sender name id Example: sNi.
        name (str | Unset): The sender name Example: Example Sender.
        status (SmsSenderNameStatusesEnum | Unset):
        is_default (bool | Unset): Is the sender name default Example: True.
    """

    sender_name_id: str
    name: str | Unset = UNSET
    status: SmsSenderNameStatusesEnum | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsSenderName._wire_fields}


SmsSenderName._extra_decoder = _decode_additional_properties

bind_fields(
    SmsSenderName,
    {
        "sender_name_id": WireField("senderNameId", required=True),
        "name": WireField("name"),
        "status": WireField("status", enum=SmsSenderNameStatusesEnum),
        "is_default": WireField("isDefault", decode=wire_bool),
    },
    additional_properties=True,
)
