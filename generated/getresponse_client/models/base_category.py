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

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class BaseCategory(WireModel):
    """
    Attributes:
        category_id (str | Unset): The category ID Example: atQ.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/shops/pf3/categories/atQ.
        name (str | Unset): The name of the category Example: Headwear.
        parent_id (str | Unset): The parent category ID Example: amh.
        is_default (bool | Unset): This is a default category Example: True.
        url (str | Unset): The external URL to the category Example: https://somedomain.com/category/446.
        external_id (str | Unset): The external ID is the identifying string or number of the category given by another
            software Example: ext3343.
    """

    category_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseCategory._wire_fields}


BaseCategory._extra_decoder = _decode_additional_properties

bind_fields(
    BaseCategory,
    {
        "category_id": WireField("categoryId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "parent_id": WireField("parentId"),
        "is_default": WireField("isDefault", decode=wire_bool),
        "url": WireField("url"),
        "external_id": WireField("externalId"),
    },
    additional_properties=True,
)
