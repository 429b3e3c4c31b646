from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
    parse_datetime,
)

from ..models.base_landing_page_user_domain_status import BaseLandingPageUserDomainStatus
from ..models.status_enum import StatusEnum
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


@_attrs_define
class BaseLandingPage(WireModel):
    """
    Attributes:
        landing_page_id (str): The landing page ID Example: avYn.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/landing-pages/avYn.
        meta_title (str | Unset): The landing page meta title property Example: Some meta title.
        domain (str | Unset): The domain where the landing page is hosted Example: gr8.new.
        subdomain (str | Unset): The subdomain where the landing page is assigned Example: summer-sale.
        user_domain (str | Unset): The private domain provided by the user
        user_domain_path (str | Unset): The private domain path provided by the user
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        status (StatusEnum | Unset):
        user_domain_status (BaseLandingPageUserDomainStatus | Unset): The DNS status for the user's private domain.
        test_ab (StringBooleanEnum | Unset):
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last page update
    """

    landing_page_id: str
    href: str | Unset = UNSET
    meta_title: str | Unset = UNSET
    domain: str | Unset = UNSET
    subdomain: str | Unset = UNSET
    user_domain: str | Unset = UNSET
    user_domain_path: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    status: StatusEnum | Unset = UNSET
    user_domain_status: BaseLandingPageUserDomainStatus | Unset = UNSET
    test_ab: StringBooleanEnum | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _decode_user_domain_status(json_value_: Any) -> BaseLandingPageUserDomainStatus | Unset:
    _user_domain_status = json_value_
    user_domain_status: BaseLandingPageUserDomainStatus | Unset
    if isinstance(_user_domain_status, Unset):
        user_domain_status = UNSET
    else:
        user_domain_status = BaseLandingPageUserDomainStatus(_user_domain_status)

    return user_domain_status


def _decode_test_ab(json_value_: Any) -> StringBooleanEnum | Unset:
    _test_ab = json_value_
    test_ab: StringBooleanEnum | Unset
    if isinstance(_test_ab, Unset):
        test_ab = UNSET
    else:
        test_ab = StringBooleanEnum(_test_ab)

    return test_ab


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


def _from_dict(cls: type[BaseLandingPage], src_dict: Mapping[str, Any]) -> BaseLandingPage:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("landingPageId", UNSET)
    if value is UNSET:
        not_in_response(self, "landing_page_id")
    else:
        self.landing_page_id = value
    self.href = get("href", UNSET)
    self.meta_title = get("metaTitle", UNSET)
    self.domain = get("domain", UNSET)
    self.subdomain = get("subdomain", UNSET)
    self.user_domain = get("userDomain", UNSET)
    self.user_domain_path = get("userDomainPath", UNSET)
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = StatusEnum(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("userDomainStatus", UNSET)
    if type(value) is str:
        try:
            self.user_domain_status = _members_user_domain_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.user_domain_status = BaseLandingPageUserDomainStatus(value)
    elif absent(value):
        self.user_domain_status = value
    else:
        try:
            self.user_domain_status = _decode_user_domain_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "user_domain_status", value, error)
    value = get("testAB", UNSET)
    if type(value) is str:
        try:
            self.test_ab = _members_test_ab[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.test_ab = StringBooleanEnum(value)
    elif absent(value):
        self.test_ab = value
    else:
        try:
            self.test_ab = _decode_test_ab(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "test_ab", value, error)
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
    return {key: value for key, value in d.items() if key not in BaseLandingPage._wire_fields}


setattr(BaseLandingPage, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
BaseLandingPage._wire_names = {
    "landing_page_id": "landingPageId",
    "href": "href",
    "meta_title": "metaTitle",
    "domain": "domain",
    "subdomain": "subdomain",
    "user_domain": "userDomain",
    "user_domain_path": "userDomainPath",
    "campaign": "campaign",
    "status": "status",
    "user_domain_status": "userDomainStatus",
    "test_ab": "testAB",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
}
BaseLandingPage._wire_fields = frozenset(BaseLandingPage._wire_names.values())
BaseLandingPage._decoders = {
    "landing_page_id": None,
    "href": None,
    "meta_title": None,
    "domain": None,
    "subdomain": None,
    "user_domain": None,
    "user_domain_path": None,
    "campaign": _decode_campaign,
    "status": _decode_status,
    "user_domain_status": _decode_user_domain_status,
    "test_ab": _decode_test_ab,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
}
BaseLandingPage._extra_decoder = _decode_additional_properties
_members_status = enum_members(StatusEnum)
_members_user_domain_status = enum_members(BaseLandingPageUserDomainStatus)
_members_test_ab = enum_members(StringBooleanEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
