from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SmsSenderName(WireModel):
    """
    Attributes:
        sender_name_id (str): The sender name id Example: sNi.
        name (str | Unset): The sender name Example: Example Sender.
        status (SmsSenderNameStatusesEnum | Unset):
        is_default (bool | Unset): Is the sender name default Example: True.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    sender_name_id: str
    name: str | Unset = UNSET
    status: SmsSenderNameStatusesEnum | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
