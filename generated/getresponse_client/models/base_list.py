from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    parse_datetime,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define
class BaseList(WireModel):
    """Settings shared by every list (campaign in the API).

    Attributes:
        campaign_id (str | Unset): Unique identifier of the campaign (contact list) Example: V3J.
        name (str | Unset): The campaign (list) name. Example: my_campaign.
        tech_name (str | Unset): Tech name is a unique internal ID of a list used for FTP imports (available in
            GetResponse MAX accounts only) Example: my_campaign.
        language_code (str | Unset): The campaign language code according to ISO 639-1, plus: zt - Chinese
            (Traditional), fs - Afghan Persian (Dari), md - Moldavian Example: EN.
        is_default (StringBooleanEnum | Unset):
        created_on (datetime.datetime | Unset): The date of creation Example: 2014-02-12T15:19:21+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/V3J.
    """

    campaign_id: str | Unset = UNSET
    name: str | Unset = UNSET
    tech_name: str | Unset = UNSET
    language_code: str | Unset = UNSET
    is_default: StringBooleanEnum | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_is_default(json_value_: Any) -> StringBooleanEnum | Unset:
    _is_default = json_value_
    is_default: StringBooleanEnum | Unset
    if isinstance(_is_default, Unset):
        is_default = UNSET
    else:
        is_default = StringBooleanEnum(_is_default)

    return is_default


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[BaseList], src_dict: Mapping[str, Any]) -> BaseList:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.campaign_id = get("campaignId", UNSET)
    self.name = get("name", UNSET)
    self.tech_name = get("techName", UNSET)
    self.language_code = get("languageCode", UNSET)
    value = get("isDefault", UNSET)
    if type(value) is str:
        try:
            self.is_default = _members_is_default[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.is_default = StringBooleanEnum(value)
    elif absent(value):
        self.is_default = value
    else:
        try:
            self.is_default = _decode_is_default(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_default", value, error)
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
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseList._wire_fields}


setattr(BaseList, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
BaseList._wire_names = {
    "campaign_id": "campaignId",
    "name": "name",
    "tech_name": "techName",
    "language_code": "languageCode",
    "is_default": "isDefault",
    "created_on": "createdOn",
    "href": "href",
}
BaseList._wire_fields = frozenset(BaseList._wire_names.values())
BaseList._decoders = {
    "campaign_id": None,
    "name": None,
    "tech_name": None,
    "language_code": None,
    "is_default": _decode_is_default,
    "created_on": _decode_created_on,
    "href": None,
}
BaseList._extra_decoder = _decode_additional_properties
_members_is_default = enum_members(StringBooleanEnum)
