from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.base_landing_page_user_domain_status import BaseLandingPageUserDomainStatus
from ..models.status_enum import StatusEnum
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    BaseLandingPage,
    {
        "landing_page_id": WireField("landingPageId", required=True),
        "href": WireField("href"),
        "meta_title": WireField("metaTitle"),
        "domain": WireField("domain"),
        "subdomain": WireField("subdomain"),
        "user_domain": WireField("userDomain"),
        "user_domain_path": WireField("userDomainPath"),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "status": WireField("status", enum=StatusEnum),
        "user_domain_status": WireField("userDomainStatus", enum=BaseLandingPageUserDomainStatus),
        "test_ab": WireField("testAB", enum=StringBooleanEnum),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
    },
    additional_properties=True,
)
