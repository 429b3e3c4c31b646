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

from ..models.status_enum import StatusEnum
from ..models.update_account_badge_body_type import UpdateAccountBadgeBodyType
from ..types import Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class UpdateAccountBadgeBody(WireModel):
    """
    Attributes:
        status (StatusEnum):
        type_ (UpdateAccountBadgeBodyType | Unset): Account badge type Default: UpdateAccountBadgeBodyType.REFERRAL.
    """

    status: StatusEnum
    type_: UpdateAccountBadgeBodyType | Unset = UpdateAccountBadgeBodyType.REFERRAL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateAccountBadgeBody._wire_fields}


class UpdateAccountBadgeBodyDict(TypedDict, total=False):
    """UpdateAccountBadgeBody as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    status: Required[StatusEnum | str]
    type: UpdateAccountBadgeBodyType | str


UpdateAccountBadgeBody._extra_decoder = _decode_additional_properties

bind_fields(
    UpdateAccountBadgeBody,
    {
        "status": WireField("status", required=True, enum=StatusEnum),
        "type_": WireField("type", enum=UpdateAccountBadgeBodyType),
    },
    additional_properties=True,
)
