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
from ..models.landing_page_meta_noindex import LandingPageMetaNoindex
from ..models.landing_page_optin import LandingPageOptin
from ..models.landing_page_thank_you_page_type import LandingPageThankYouPageType
from ..models.status_enum import StatusEnum
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.landing_page_variant import LandingPageVariant
    from ..models.list_reference import ListReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class LandingPage(WireModel):
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
        meta_description (str | Unset): The landing page meta description property Example: Some meta description.
        meta_noindex (LandingPageMetaNoindex | Unset): To entirely prevent your page content from being listed in the
            Google web index, even if other sites link to it use a noindex meta tag
        day_of_cycle (int | None | Unset): Contacts subscribed via the landing page will be added to the autoresponder
            cycle. Example: 2.
        optin (LandingPageOptin | Unset): The opt-in type (double or single)
        favico_url (None | str | Unset): The favicon URL. Example: https://my-landing-page.mohahaha.com/favico.ico.
        thank_you_page_type (LandingPageThankYouPageType | Unset): What should happen after a contact subscribes
        thank_you_page_url (str | Unset): The thank-you page URL. Example: https://my-landing-
            page.mohahaha.com/thank_you.html.
        url (str | Unset): The landing page URL Example: https://my-landing-page.mohahaha.com.
        variants (list[LandingPageVariant] | Unset):
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
    meta_description: str | Unset = UNSET
    meta_noindex: LandingPageMetaNoindex | Unset = UNSET
    day_of_cycle: int | None | Unset = UNSET
    optin: LandingPageOptin | Unset = UNSET
    favico_url: None | str | Unset = UNSET
    thank_you_page_type: LandingPageThankYouPageType | Unset = UNSET
    thank_you_page_url: str | Unset = UNSET
    url: str | Unset = UNSET
    variants: list[LandingPageVariant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_variants(json_value_: Any) -> list[LandingPageVariant] | Unset:
    _variants = json_value_
    variants: list[LandingPageVariant] | Unset = UNSET
    if _variants is not UNSET:
        variants = []
        for variants_item_data in _variants:
            variants_item = LandingPageVariant.from_dict(variants_item_data)

            variants.append(variants_item)

    return variants


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.landing_page_variant import LandingPageVariant  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    LandingPage,
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
        "meta_description": WireField("metaDescription"),
        "meta_noindex": WireField("metaNoindex", enum=LandingPageMetaNoindex),
        "day_of_cycle": WireField("dayOfCycle"),
        "optin": WireField("optin", enum=LandingPageOptin),
        "favico_url": WireField("favicoUrl"),
        "thank_you_page_type": WireField("thankYouPageType", enum=LandingPageThankYouPageType),
        "thank_you_page_url": WireField("thankYouPageUrl"),
        "url": WireField("url"),
        "variants": WireField("variants", decode=_decode_variants, keep=True),
    },
    additional_properties=True,
)
