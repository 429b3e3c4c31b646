from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    parse_datetime,
    wire_bool,
)

from ..types import UNSET, Unset


@_attrs_define
class NewCategory(WireModel):
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
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
    """

    name: str
    category_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    parent_id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _from_dict(cls: type[NewCategory], src_dict: Mapping[str, Any]) -> NewCategory:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    self.category_id = get("categoryId", UNSET)
    self.href = get("href", UNSET)
    self.parent_id = get("parentId", UNSET)
    value = get("isDefault", UNSET)
    if type(value) is bool or absent(value):
        self.is_default = value
    else:
        try:
            self.is_default = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_default", value, error)
    self.url = get("url", UNSET)
    self.external_id = get("externalId", UNSET)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if type(value) is str:
        try:
            self.updated_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    elif absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewCategory._wire_fields}


class NewCategoryDict(TypedDict, total=False):
    """NewCategory as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    parentId: str
    isDefault: bool
    url: str
    externalId: str


setattr(NewCategory, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewCategory._wire_names = {
    "name": "name",
    "category_id": "categoryId",
    "href": "href",
    "parent_id": "parentId",
    "is_default": "isDefault",
    "url": "url",
    "external_id": "externalId",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
}
NewCategory._wire_fields = frozenset(NewCategory._wire_names.values())
NewCategory._read_only = frozenset(["category_id", "created_on", "href", "updated_on"])
NewCategory._decoders = {
    "name": None,
    "category_id": None,
    "href": None,
    "parent_id": None,
    "is_default": wire_bool,
    "url": None,
    "external_id": None,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
}
NewCategory._extra_decoder = _decode_additional_properties
