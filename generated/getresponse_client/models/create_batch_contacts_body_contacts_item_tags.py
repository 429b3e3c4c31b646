from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CreateBatchContactsBodyContactsItemTags(WireModel):
    """
    Attributes:
        ids (list[str]): List of tag IDs.
    """

    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_ids(json_value_: Any) -> list[str]:
    ids = cast(list[str], json_value_)

    return ids


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateBatchContactsBodyContactsItemTags._wire_fields}


class CreateBatchContactsBodyContactsItemTagsDict(TypedDict, total=False):
    """CreateBatchContactsBodyContactsItemTags as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    ids: Required[list[str]]


CreateBatchContactsBodyContactsItemTags._extra_decoder = _decode_additional_properties

bind_fields(
    CreateBatchContactsBodyContactsItemTags,
    {
        "ids": WireField("ids", required=True, decode=_decode_ids, keep=True),
    },
    additional_properties=True,
)
