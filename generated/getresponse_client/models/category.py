from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
    wire_bool,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class Category(WireModel):
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
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    category_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class CategoryDict(TypedDict, total=False):
    """Category as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    parentId: str
    isDefault: bool
    url: str
    externalId: str


Category._read_only = frozenset(["category_id", "created_on", "href", "updated_on"])

bind_fields(
    Category,
    {
        "category_id": WireField("categoryId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "parent_id": WireField("parentId"),
        "is_default": WireField("isDefault", decode=wire_bool),
        "url": WireField("url"),
        "external_id": WireField("externalId"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
    },
    additional_properties=True,
)
