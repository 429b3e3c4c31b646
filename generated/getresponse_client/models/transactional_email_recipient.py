from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TransactionalEmailRecipient(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
    """

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipient._wire_fields}


class TransactionalEmailRecipientDict(TypedDict, total=False):
    """TransactionalEmailRecipient as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    email: Required[str]
    name: str


TransactionalEmailRecipient._read_only = frozenset(["status"])
TransactionalEmailRecipient._extra_decoder = _decode_additional_properties

bind_fields(
    TransactionalEmailRecipient,
    {
        "email": WireField("email", required=True),
        "name": WireField("name"),
        "status": WireField("status", enum=TransactionalEmailRecipientStatus),
    },
    additional_properties=True,
)
