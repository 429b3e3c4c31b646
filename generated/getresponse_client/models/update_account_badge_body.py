from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.status_enum import StatusEnum
from ..models.update_account_badge_body_type import UpdateAccountBadgeBodyType
from ..types import Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpdateAccountBadgeBody(WireModel):
    """
    Attributes:
        status (StatusEnum):
        type_ (UpdateAccountBadgeBodyType | Unset): Account badge type Default: UpdateAccountBadgeBodyType.REFERRAL.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    status: StatusEnum
    type_: UpdateAccountBadgeBodyType | Unset = UpdateAccountBadgeBodyType.REFERRAL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class UpdateAccountBadgeBodyDict(TypedDict, total=False):
    """UpdateAccountBadgeBody as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    status: Required[StatusEnum | str]
    type: UpdateAccountBadgeBodyType | str


bind_fields(
    UpdateAccountBadgeBody,
    {
        "status": WireField("status", required=True, enum=StatusEnum),
        "type_": WireField("type", enum=UpdateAccountBadgeBodyType),
    },
    additional_properties=True,
)
