from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
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

    category_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        category_id = self.category_id

        href = self.href

        name = self.name

        parent_id = self.parent_id

        is_default = self.is_default

        url = self.url

        external_id = self.external_id

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if url is not UNSET:
            field_dict["url"] = url
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_category_id(self: Category) -> Any:
    category_id = self.category_id
    return category_id


def _encode_href(self: Category) -> Any:
    href = self.href
    return href


def _encode_name(self: Category) -> Any:
    name = self.name
    return name


def _encode_parent_id(self: Category) -> Any:
    parent_id = self.parent_id
    return parent_id


def _encode_is_default(self: Category) -> Any:
    is_default = self.is_default
    return is_default


def _encode_url(self: Category) -> Any:
    url = self.url
    return url


def _encode_external_id(self: Category) -> Any:
    external_id = self.external_id
    return external_id


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_created_on(self: Category) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _encode_updated_on(self: Category) -> Any:
    updated_on: str | Unset = UNSET
    if not isinstance(self.updated_on, Unset):
        updated_on = self.updated_on.isoformat()
    return updated_on


def _from_dict(cls: type[Category], src_dict: Mapping[str, Any]) -> Category:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.category_id = get("categoryId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.parent_id = get("parentId", UNSET)
    self.is_default = get("isDefault", UNSET)
    self.url = get("url", UNSET)
    self.external_id = get("externalId", UNSET)
    value = get("createdOn", UNSET)
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Category._wire_fields}


setattr(Category, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Category._wire_names = {
    "category_id": "categoryId",
    "href": "href",
    "name": "name",
    "parent_id": "parentId",
    "is_default": "isDefault",
    "url": "url",
    "external_id": "externalId",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
}
Category._wire_fields = frozenset(Category._wire_names.values())
Category._decoders = {
    "category_id": None,
    "href": None,
    "name": None,
    "parent_id": None,
    "is_default": None,
    "url": None,
    "external_id": None,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
}
Category._encoders = {
    "category_id": _encode_category_id,
    "href": _encode_href,
    "name": _encode_name,
    "parent_id": _encode_parent_id,
    "is_default": _encode_is_default,
    "url": _encode_url,
    "external_id": _encode_external_id,
    "created_on": _encode_created_on,
    "updated_on": _encode_updated_on,
}
Category._extra_decoder = _decode_additional_properties
