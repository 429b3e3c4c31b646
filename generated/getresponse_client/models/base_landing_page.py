from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.base_landing_page_user_domain_status import BaseLandingPageUserDomainStatus
from ..models.status_enum import StatusEnum
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


T = TypeVar("T", bound="BaseLandingPage")


@_attrs_define
class BaseLandingPage(WireModel):
    """
    Attributes:
        landing_page_id (str | Unset): The landing page ID Example: avYn.
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

    landing_page_id: str | Unset = UNSET
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

    def _encode(self) -> dict[str, Any]:
        landing_page_id = self.landing_page_id

        href = self.href

        meta_title = self.meta_title

        domain = self.domain

        subdomain = self.subdomain

        user_domain = self.user_domain

        user_domain_path = self.user_domain_path

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        user_domain_status: str | Unset = UNSET
        if not isinstance(self.user_domain_status, Unset):
            user_domain_status = self.user_domain_status.value

        test_ab: str | Unset = UNSET
        if not isinstance(self.test_ab, Unset):
            test_ab = self.test_ab.value

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if landing_page_id is not UNSET:
            field_dict["landingPageId"] = landing_page_id
        if href is not UNSET:
            field_dict["href"] = href
        if meta_title is not UNSET:
            field_dict["metaTitle"] = meta_title
        if domain is not UNSET:
            field_dict["domain"] = domain
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if user_domain is not UNSET:
            field_dict["userDomain"] = user_domain
        if user_domain_path is not UNSET:
            field_dict["userDomainPath"] = user_domain_path
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if status is not UNSET:
            field_dict["status"] = status
        if user_domain_status is not UNSET:
            field_dict["userDomainStatus"] = user_domain_status
        if test_ab is not UNSET:
            field_dict["testAB"] = test_ab
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


def _encode_landing_page_id(self: BaseLandingPage) -> Any:
    landing_page_id = self.landing_page_id
    return landing_page_id


def _encode_href(self: BaseLandingPage) -> Any:
    href = self.href
    return href


def _encode_meta_title(self: BaseLandingPage) -> Any:
    meta_title = self.meta_title
    return meta_title


def _encode_domain(self: BaseLandingPage) -> Any:
    domain = self.domain
    return domain


def _encode_subdomain(self: BaseLandingPage) -> Any:
    subdomain = self.subdomain
    return subdomain


def _encode_user_domain(self: BaseLandingPage) -> Any:
    user_domain = self.user_domain
    return user_domain


def _encode_user_domain_path(self: BaseLandingPage) -> Any:
    user_domain_path = self.user_domain_path
    return user_domain_path


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _encode_campaign(self: BaseLandingPage) -> Any:
    campaign: dict[str, Any] | Unset = UNSET
    if not isinstance(self.campaign, Unset):
        campaign = self.campaign.to_dict()
    return campaign


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _encode_status(self: BaseLandingPage) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _decode_user_domain_status(json_value_: Any) -> BaseLandingPageUserDomainStatus | Unset:
    _user_domain_status = json_value_
    user_domain_status: BaseLandingPageUserDomainStatus | Unset
    if isinstance(_user_domain_status, Unset):
        user_domain_status = UNSET
    else:
        user_domain_status = BaseLandingPageUserDomainStatus(_user_domain_status)

    return user_domain_status


def _encode_user_domain_status(self: BaseLandingPage) -> Any:
    user_domain_status: str | Unset = UNSET
    if not isinstance(self.user_domain_status, Unset):
        user_domain_status = self.user_domain_status.value

    return user_domain_status


def _decode_test_ab(json_value_: Any) -> StringBooleanEnum | Unset:
    _test_ab = json_value_
    test_ab: StringBooleanEnum | Unset
    if isinstance(_test_ab, Unset):
        test_ab = UNSET
    else:
        test_ab = StringBooleanEnum(_test_ab)

    return test_ab


def _encode_test_ab(self: BaseLandingPage) -> Any:
    test_ab: str | Unset = UNSET
    if not isinstance(self.test_ab, Unset):
        test_ab = self.test_ab.value

    return test_ab


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_created_on(self: BaseLandingPage) -> Any:
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


def _encode_updated_on(self: BaseLandingPage) -> Any:
    updated_on: str | Unset = UNSET
    if not isinstance(self.updated_on, Unset):
        updated_on = self.updated_on.isoformat()
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
    self.landing_page_id = get("landingPageId", UNSET)
    self.href = get("href", UNSET)
    self.meta_title = get("metaTitle", UNSET)
    self.domain = get("domain", UNSET)
    self.subdomain = get("subdomain", UNSET)
    self.user_domain = get("userDomain", UNSET)
    self.user_domain_path = get("userDomainPath", UNSET)
    value = get("campaign", UNSET)
    if absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("status", UNSET)
    if absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("userDomainStatus", UNSET)
    if absent(value):
        self.user_domain_status = value
    else:
        try:
            self.user_domain_status = _decode_user_domain_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "user_domain_status", value, error)
    value = get("testAB", UNSET)
    if absent(value):
        self.test_ab = value
    else:
        try:
            self.test_ab = _decode_test_ab(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "test_ab", value, error)
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
BaseLandingPage._encoders = {
    "landing_page_id": _encode_landing_page_id,
    "href": _encode_href,
    "meta_title": _encode_meta_title,
    "domain": _encode_domain,
    "subdomain": _encode_subdomain,
    "user_domain": _encode_user_domain,
    "user_domain_path": _encode_user_domain_path,
    "campaign": _encode_campaign,
    "status": _encode_status,
    "user_domain_status": _encode_user_domain_status,
    "test_ab": _encode_test_ab,
    "created_on": _encode_created_on,
    "updated_on": _encode_updated_on,
}
BaseLandingPage._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
