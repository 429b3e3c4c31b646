from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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
class NewProductCategory(WireModel):
    """
    Attributes:
        name (str): The name of the category Example: Headwear.
        category_id (str | Unset): The category ID Example: atQ.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/shops/pf3/categories/atQ.
        parent_id (str | Unset): The parent category ID Example: amh.
        is_default (bool | Unset): This is a default category Example: True.
        url (str | Unset): The external URL to the category Example: https://somedomain.com/category/446.
        external_id (str | Unset): The external ID is the identifying string or number of the category given by another
            software Example: ext3343.
    """

    name: str
    category_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    parent_id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewProductCategory._wire_fields}


class NewProductCategoryDict(TypedDict, total=False):
    """NewProductCategory as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    parentId: str
    isDefault: bool
    url: str
    externalId: str


NewProductCategory._read_only = frozenset(["category_id", "href"])
NewProductCategory._extra_decoder = _decode_additional_properties

bind_fields(
    NewProductCategory,
    {
        "name": WireField("name", required=True),
        "category_id": WireField("categoryId"),
        "href": WireField("href"),
        "parent_id": WireField("parentId"),
        "is_default": WireField("isDefault", decode=wire_bool),
        "url": WireField("url"),
        "external_id": WireField("externalId"),
    },
    additional_properties=True,
)
