"""GetResponse and AsyncGetResponse: one attribute per resource group (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from getresponse_runtime.client import AsyncClientBase, SyncClientBase

from ._spec import CLIENT_VERSION, SERVERS, SERVERS_REQUIRING_DOMAIN, SPEC_VERSION

if TYPE_CHECKING:
    from collections.abc import Mapping

    from getresponse_runtime.operations import OperationInfo

    from .resources.ab_tests import AbTestsResource, AsyncAbTestsResource
    from .resources.ab_tests_subject import AbTestsSubjectResource, AsyncAbTestsSubjectResource
    from .resources.accounts import AccountsResource, AsyncAccountsResource
    from .resources.addresses import AddressesResource, AsyncAddressesResource
    from .resources.autoresponders import AsyncAutorespondersResource, AutorespondersResource
    from .resources.carts import AsyncCartsResource, CartsResource
    from .resources.categories import AsyncCategoriesResource, CategoriesResource
    from .resources.click_tracks import AsyncClickTracksResource, ClickTracksResource
    from .resources.contacts import AsyncContactsResource, ContactsResource
    from .resources.custom_events import AsyncCustomEventsResource, CustomEventsResource
    from .resources.custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
    from .resources.custom_reports import AsyncCustomReportsResource, CustomReportsResource
    from .resources.ecommerce import AsyncEcommerceResource, EcommerceResource
    from .resources.file_library import AsyncFileLibraryResource, FileLibraryResource
    from .resources.forms import AsyncFormsResource, FormsResource
    from .resources.forms_and_popups import AsyncFormsAndPopupsResource, FormsAndPopupsResource
    from .resources.from_fields import AsyncFromFieldsResource, FromFieldsResource
    from .resources.gdpr_fields import AsyncGdprFieldsResource, GdprFieldsResource
    from .resources.imports import AsyncImportsResource, ImportsResource
    from .resources.landing_pages import AsyncLandingPagesResource, LandingPagesResource
    from .resources.legacy_forms import AsyncLegacyFormsResource, LegacyFormsResource
    from .resources.legacy_landing_pages import AsyncLegacyLandingPagesResource, LegacyLandingPagesResource
    from .resources.lists import AsyncListsResource, ListsResource
    from .resources.meta_fields import AsyncMetaFieldsResource, MetaFieldsResource
    from .resources.multimedia import AsyncMultimediaResource, MultimediaResource
    from .resources.newsletters import AsyncNewslettersResource, NewslettersResource
    from .resources.orders import AsyncOrdersResource, OrdersResource
    from .resources.predefined_fields import AsyncPredefinedFieldsResource, PredefinedFieldsResource
    from .resources.product_variants import AsyncProductVariantsResource, ProductVariantsResource
    from .resources.products import AsyncProductsResource, ProductsResource
    from .resources.rss_newsletters import AsyncRssNewslettersResource, RssNewslettersResource
    from .resources.search_contacts import AsyncSearchContactsResource, SearchContactsResource
    from .resources.shops import AsyncShopsResource, ShopsResource
    from .resources.sms_automation_messages import AsyncSmsAutomationMessagesResource, SmsAutomationMessagesResource
    from .resources.sms_messages import AsyncSmsMessagesResource, SmsMessagesResource
    from .resources.subscription_confirmations import (
        AsyncSubscriptionConfirmationsResource,
        SubscriptionConfirmationsResource,
    )
    from .resources.suppressions import AsyncSuppressionsResource, SuppressionsResource
    from .resources.tags import AsyncTagsResource, TagsResource
    from .resources.taxes import AsyncTaxesResource, TaxesResource
    from .resources.tracking import AsyncTrackingResource, TrackingResource
    from .resources.transactional_emails import AsyncTransactionalEmailsResource, TransactionalEmailsResource
    from .resources.transactional_emails_templates import (
        AsyncTransactionalEmailsTemplatesResource,
        TransactionalEmailsTemplatesResource,
    )
    from .resources.webinars import AsyncWebinarsResource, WebinarsResource
    from .resources.websites import AsyncWebsitesResource, WebsitesResource
    from .resources.workflows import AsyncWorkflowsResource, WorkflowsResource

_PRODUCT = f"getresponse-client/{CLIENT_VERSION} (GetResponse API {SPEC_VERSION})"


def _operations() -> Mapping[str, OperationInfo]:
    """The operation table, for allow= / dry_run= / audit= (imported only by a client that uses them)."""
    from ._operations import OPERATIONS

    return OPERATIONS


class GetResponse(SyncClientBase):
    """Client for the GetResponse v3 API; see SyncClientBase for the settings.

    Resource groups are attributes (client.contacts, client.lists, ...), created on first use.
    """

    _servers = SERVERS
    _servers_requiring_domain = SERVERS_REQUIRING_DOMAIN
    _product = _PRODUCT
    _operation_table = staticmethod(_operations)

    @cached_property
    def ab_tests(self) -> AbTestsResource:
        """A/B tests."""
        from .resources.ab_tests import AbTestsResource

        return AbTestsResource(self._transport)

    @cached_property
    def ab_tests_subject(self) -> AbTestsSubjectResource:
        """A/B tests - subject."""
        from .resources.ab_tests_subject import AbTestsSubjectResource

        return AbTestsSubjectResource(self._transport)

    @cached_property
    def accounts(self) -> AccountsResource:
        """Accounts."""
        from .resources.accounts import AccountsResource

        return AccountsResource(self._transport)

    @cached_property
    def addresses(self) -> AddressesResource:
        """Addresses."""
        from .resources.addresses import AddressesResource

        return AddressesResource(self._transport)

    @cached_property
    def autoresponders(self) -> AutorespondersResource:
        """Autoresponders."""
        from .resources.autoresponders import AutorespondersResource

        return AutorespondersResource(self._transport)

    @cached_property
    def carts(self) -> CartsResource:
        """Carts."""
        from .resources.carts import CartsResource

        return CartsResource(self._transport)

    @cached_property
    def categories(self) -> CategoriesResource:
        """Categories."""
        from .resources.categories import CategoriesResource

        return CategoriesResource(self._transport)

    @cached_property
    def click_tracks(self) -> ClickTracksResource:
        """Click Tracks."""
        from .resources.click_tracks import ClickTracksResource

        return ClickTracksResource(self._transport)

    @cached_property
    def contacts(self) -> ContactsResource:
        """Contacts."""
        from .resources.contacts import ContactsResource

        return ContactsResource(self._transport)

    @cached_property
    def custom_events(self) -> CustomEventsResource:
        """Custom Events."""
        from .resources.custom_events import CustomEventsResource

        return CustomEventsResource(self._transport)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource:
        """Custom Fields."""
        from .resources.custom_fields import CustomFieldsResource

        return CustomFieldsResource(self._transport)

    @cached_property
    def custom_reports(self) -> CustomReportsResource:
        """Custom Reports."""
        from .resources.custom_reports import CustomReportsResource

        return CustomReportsResource(self._transport)

    @cached_property
    def ecommerce(self) -> EcommerceResource:
        """Ecommerce."""
        from .resources.ecommerce import EcommerceResource

        return EcommerceResource(self._transport)

    @cached_property
    def file_library(self) -> FileLibraryResource:
        """File Library."""
        from .resources.file_library import FileLibraryResource

        return FileLibraryResource(self._transport)

    @cached_property
    def forms(self) -> FormsResource:
        """Forms."""
        from .resources.forms import FormsResource

        return FormsResource(self._transport)

    @cached_property
    def forms_and_popups(self) -> FormsAndPopupsResource:
        """Forms and Popups."""
        from .resources.forms_and_popups import FormsAndPopupsResource

        return FormsAndPopupsResource(self._transport)

    @cached_property
    def from_fields(self) -> FromFieldsResource:
        """From Fields."""
        from .resources.from_fields import FromFieldsResource

        return FromFieldsResource(self._transport)

    @cached_property
    def gdpr_fields(self) -> GdprFieldsResource:
        """GDPR Fields."""
        from .resources.gdpr_fields import GdprFieldsResource

        return GdprFieldsResource(self._transport)

    @cached_property
    def imports(self) -> ImportsResource:
        """Imports."""
        from .resources.imports import ImportsResource

        return ImportsResource(self._transport)

    @cached_property
    def landing_pages(self) -> LandingPagesResource:
        """Landing Pages."""
        from .resources.landing_pages import LandingPagesResource

        return LandingPagesResource(self._transport)

    @cached_property
    def legacy_forms(self) -> LegacyFormsResource:
        """Legacy Forms."""
        from .resources.legacy_forms import LegacyFormsResource

        return LegacyFormsResource(self._transport)

    @cached_property
    def legacy_landing_pages(self) -> LegacyLandingPagesResource:
        """Legacy Landing Pages."""
        from .resources.legacy_landing_pages import LegacyLandingPagesResource

        return LegacyLandingPagesResource(self._transport)

    @cached_property
    def lists(self) -> ListsResource:
        """Lists."""
        from .resources.lists import ListsResource

        return ListsResource(self._transport)

    @cached_property
    def meta_fields(self) -> MetaFieldsResource:
        """Meta Fields."""
        from .resources.meta_fields import MetaFieldsResource

        return MetaFieldsResource(self._transport)

    @cached_property
    def multimedia(self) -> MultimediaResource:
        """Multimedia."""
        from .resources.multimedia import MultimediaResource

        return MultimediaResource(self._transport)

    @cached_property
    def newsletters(self) -> NewslettersResource:
        """Newsletters."""
        from .resources.newsletters import NewslettersResource

        return NewslettersResource(self._transport)

    @cached_property
    def orders(self) -> OrdersResource:
        """Orders."""
        from .resources.orders import OrdersResource

        return OrdersResource(self._transport)

    @cached_property
    def predefined_fields(self) -> PredefinedFieldsResource:
        """Predefined Fields."""
        from .resources.predefined_fields import PredefinedFieldsResource

        return PredefinedFieldsResource(self._transport)

    @cached_property
    def product_variants(self) -> ProductVariantsResource:
        """Product Variants."""
        from .resources.product_variants import ProductVariantsResource

        return ProductVariantsResource(self._transport)

    @cached_property
    def products(self) -> ProductsResource:
        """Products."""
        from .resources.products import ProductsResource

        return ProductsResource(self._transport)

    @cached_property
    def rss_newsletters(self) -> RssNewslettersResource:
        """RSS Newsletters."""
        from .resources.rss_newsletters import RssNewslettersResource

        return RssNewslettersResource(self._transport)

    @cached_property
    def search_contacts(self) -> SearchContactsResource:
        """Search Contacts."""
        from .resources.search_contacts import SearchContactsResource

        return SearchContactsResource(self._transport)

    @cached_property
    def shops(self) -> ShopsResource:
        """Shops."""
        from .resources.shops import ShopsResource

        return ShopsResource(self._transport)

    @cached_property
    def sms_automation_messages(self) -> SmsAutomationMessagesResource:
        """SMS Automation Messages."""
        from .resources.sms_automation_messages import SmsAutomationMessagesResource

        return SmsAutomationMessagesResource(self._transport)

    @cached_property
    def sms_messages(self) -> SmsMessagesResource:
        """SMS Messages."""
        from .resources.sms_messages import SmsMessagesResource

        return SmsMessagesResource(self._transport)

    @cached_property
    def subscription_confirmations(self) -> SubscriptionConfirmationsResource:
        """Subscription Confirmations."""
        from .resources.subscription_confirmations import SubscriptionConfirmationsResource

        return SubscriptionConfirmationsResource(self._transport)

    @cached_property
    def suppressions(self) -> SuppressionsResource:
        """Suppressions."""
        from .resources.suppressions import SuppressionsResource

        return SuppressionsResource(self._transport)

    @cached_property
    def tags(self) -> TagsResource:
        """Tags."""
        from .resources.tags import TagsResource

        return TagsResource(self._transport)

    @cached_property
    def taxes(self) -> TaxesResource:
        """Taxes."""
        from .resources.taxes import TaxesResource

        return TaxesResource(self._transport)

    @cached_property
    def tracking(self) -> TrackingResource:
        """Tracking."""
        from .resources.tracking import TrackingResource

        return TrackingResource(self._transport)

    @cached_property
    def transactional_emails(self) -> TransactionalEmailsResource:
        """Transactional Emails."""
        from .resources.transactional_emails import TransactionalEmailsResource

        return TransactionalEmailsResource(self._transport)

    @cached_property
    def transactional_emails_templates(self) -> TransactionalEmailsTemplatesResource:
        """Transactional Emails Templates."""
        from .resources.transactional_emails_templates import TransactionalEmailsTemplatesResource

        return TransactionalEmailsTemplatesResource(self._transport)

    @cached_property
    def webinars(self) -> WebinarsResource:
        """Webinars."""
        from .resources.webinars import WebinarsResource

        return WebinarsResource(self._transport)

    @cached_property
    def websites(self) -> WebsitesResource:
        """Websites."""
        from .resources.websites import WebsitesResource

        return WebsitesResource(self._transport)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        """Workflows."""
        from .resources.workflows import WorkflowsResource

        return WorkflowsResource(self._transport)


class AsyncGetResponse(AsyncClientBase):
    """Asynchronous client for the GetResponse v3 API; see AsyncClientBase for the settings.

    Resource groups are attributes (client.contacts, client.lists, ...), created on first use.
    """

    _servers = SERVERS
    _servers_requiring_domain = SERVERS_REQUIRING_DOMAIN
    _product = _PRODUCT
    _operation_table = staticmethod(_operations)

    @cached_property
    def ab_tests(self) -> AsyncAbTestsResource:
        """A/B tests."""
        from .resources.ab_tests import AsyncAbTestsResource

        return AsyncAbTestsResource(self._transport)

    @cached_property
    def ab_tests_subject(self) -> AsyncAbTestsSubjectResource:
        """A/B tests - subject."""
        from .resources.ab_tests_subject import AsyncAbTestsSubjectResource

        return AsyncAbTestsSubjectResource(self._transport)

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        """Accounts."""
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self._transport)

    @cached_property
    def addresses(self) -> AsyncAddressesResource:
        """Addresses."""
        from .resources.addresses import AsyncAddressesResource

        return AsyncAddressesResource(self._transport)

    @cached_property
    def autoresponders(self) -> AsyncAutorespondersResource:
        """Autoresponders."""
        from .resources.autoresponders import AsyncAutorespondersResource

        return AsyncAutorespondersResource(self._transport)

    @cached_property
    def carts(self) -> AsyncCartsResource:
        """Carts."""
        from .resources.carts import AsyncCartsResource

        return AsyncCartsResource(self._transport)

    @cached_property
    def categories(self) -> AsyncCategoriesResource:
        """Categories."""
        from .resources.categories import AsyncCategoriesResource

        return AsyncCategoriesResource(self._transport)

    @cached_property
    def click_tracks(self) -> AsyncClickTracksResource:
        """Click Tracks."""
        from .resources.click_tracks import AsyncClickTracksResource

        return AsyncClickTracksResource(self._transport)

    @cached_property
    def contacts(self) -> AsyncContactsResource:
        """Contacts."""
        from .resources.contacts import AsyncContactsResource

        return AsyncContactsResource(self._transport)

    @cached_property
    def custom_events(self) -> AsyncCustomEventsResource:
        """Custom Events."""
        from .resources.custom_events import AsyncCustomEventsResource

        return AsyncCustomEventsResource(self._transport)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResource:
        """Custom Fields."""
        from .resources.custom_fields import AsyncCustomFieldsResource

        return AsyncCustomFieldsResource(self._transport)

    @cached_property
    def custom_reports(self) -> AsyncCustomReportsResource:
        """Custom Reports."""
        from .resources.custom_reports import AsyncCustomReportsResource

        return AsyncCustomReportsResource(self._transport)

    @cached_property
    def ecommerce(self) -> AsyncEcommerceResource:
        """Ecommerce."""
        from .resources.ecommerce import AsyncEcommerceResource

        return AsyncEcommerceResource(self._transport)

    @cached_property
    def file_library(self) -> AsyncFileLibraryResource:
        """File Library."""
        from .resources.file_library import AsyncFileLibraryResource

        return AsyncFileLibraryResource(self._transport)

    @cached_property
    def forms(self) -> AsyncFormsResource:
        """Forms."""
        from .resources.forms import AsyncFormsResource

        return AsyncFormsResource(self._transport)

    @cached_property
    def forms_and_popups(self) -> AsyncFormsAndPopupsResource:
        """Forms and Popups."""
        from .resources.forms_and_popups import AsyncFormsAndPopupsResource

        return AsyncFormsAndPopupsResource(self._transport)

    @cached_property
    def from_fields(self) -> AsyncFromFieldsResource:
        """From Fields."""
        from .resources.from_fields import AsyncFromFieldsResource

        return AsyncFromFieldsResource(self._transport)

    @cached_property
    def gdpr_fields(self) -> AsyncGdprFieldsResource:
        """GDPR Fields."""
        from .resources.gdpr_fields import AsyncGdprFieldsResource

        return AsyncGdprFieldsResource(self._transport)

    @cached_property
    def imports(self) -> AsyncImportsResource:
        """Imports."""
        from .resources.imports import AsyncImportsResource

        return AsyncImportsResource(self._transport)

    @cached_property
    def landing_pages(self) -> AsyncLandingPagesResource:
        """Landing Pages."""
        from .resources.landing_pages import AsyncLandingPagesResource

        return AsyncLandingPagesResource(self._transport)

    @cached_property
    def legacy_forms(self) -> AsyncLegacyFormsResource:
        """Legacy Forms."""
        from .resources.legacy_forms import AsyncLegacyFormsResource

        return AsyncLegacyFormsResource(self._transport)

    @cached_property
    def legacy_landing_pages(self) -> AsyncLegacyLandingPagesResource:
        """Legacy Landing Pages."""
        from .resources.legacy_landing_pages import AsyncLegacyLandingPagesResource

        return AsyncLegacyLandingPagesResource(self._transport)

    @cached_property
    def lists(self) -> AsyncListsResource:
        """Lists."""
        from .resources.lists import AsyncListsResource

        return AsyncListsResource(self._transport)

    @cached_property
    def meta_fields(self) -> AsyncMetaFieldsResource:
        """Meta Fields."""
        from .resources.meta_fields import AsyncMetaFieldsResource

        return AsyncMetaFieldsResource(self._transport)

    @cached_property
    def multimedia(self) -> AsyncMultimediaResource:
        """Multimedia."""
        from .resources.multimedia import AsyncMultimediaResource

        return AsyncMultimediaResource(self._transport)

    @cached_property
    def newsletters(self) -> AsyncNewslettersResource:
        """Newsletters."""
        from .resources.newsletters import AsyncNewslettersResource

        return AsyncNewslettersResource(self._transport)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """Orders."""
        from .resources.orders import AsyncOrdersResource

        return AsyncOrdersResource(self._transport)

    @cached_property
    def predefined_fields(self) -> AsyncPredefinedFieldsResource:
        """Predefined Fields."""
        from .resources.predefined_fields import AsyncPredefinedFieldsResource

        return AsyncPredefinedFieldsResource(self._transport)

    @cached_property
    def product_variants(self) -> AsyncProductVariantsResource:
        """Product Variants."""
        from .resources.product_variants import AsyncProductVariantsResource

        return AsyncProductVariantsResource(self._transport)

    @cached_property
    def products(self) -> AsyncProductsResource:
        """Products."""
        from .resources.products import AsyncProductsResource

        return AsyncProductsResource(self._transport)

    @cached_property
    def rss_newsletters(self) -> AsyncRssNewslettersResource:
        """RSS Newsletters."""
        from .resources.rss_newsletters import AsyncRssNewslettersResource

        return AsyncRssNewslettersResource(self._transport)

    @cached_property
    def search_contacts(self) -> AsyncSearchContactsResource:
        """Search Contacts."""
        from .resources.search_contacts import AsyncSearchContactsResource

        return AsyncSearchContactsResource(self._transport)

    @cached_property
    def shops(self) -> AsyncShopsResource:
        """Shops."""
        from .resources.shops import AsyncShopsResource

        return AsyncShopsResource(self._transport)

    @cached_property
    def sms_automation_messages(self) -> AsyncSmsAutomationMessagesResource:
        """SMS Automation Messages."""
        from .resources.sms_automation_messages import AsyncSmsAutomationMessagesResource

        return AsyncSmsAutomationMessagesResource(self._transport)

    @cached_property
    def sms_messages(self) -> AsyncSmsMessagesResource:
        """SMS Messages."""
        from .resources.sms_messages import AsyncSmsMessagesResource

        return AsyncSmsMessagesResource(self._transport)

    @cached_property
    def subscription_confirmations(self) -> AsyncSubscriptionConfirmationsResource:
        """Subscription Confirmations."""
        from .resources.subscription_confirmations import AsyncSubscriptionConfirmationsResource

        return AsyncSubscriptionConfirmationsResource(self._transport)

    @cached_property
    def suppressions(self) -> AsyncSuppressionsResource:
        """Suppressions."""
        from .resources.suppressions import AsyncSuppressionsResource

        return AsyncSuppressionsResource(self._transport)

    @cached_property
    def tags(self) -> AsyncTagsResource:
        """Tags."""
        from .resources.tags import AsyncTagsResource

        return AsyncTagsResource(self._transport)

    @cached_property
    def taxes(self) -> AsyncTaxesResource:
        """Taxes."""
        from .resources.taxes import AsyncTaxesResource

        return AsyncTaxesResource(self._transport)

    @cached_property
    def tracking(self) -> AsyncTrackingResource:
        """Tracking."""
        from .resources.tracking import AsyncTrackingResource

        return AsyncTrackingResource(self._transport)

    @cached_property
    def transactional_emails(self) -> AsyncTransactionalEmailsResource:
        """Transactional Emails."""
        from .resources.transactional_emails import AsyncTransactionalEmailsResource

        return AsyncTransactionalEmailsResource(self._transport)

    @cached_property
    def transactional_emails_templates(self) -> AsyncTransactionalEmailsTemplatesResource:
        """Transactional Emails Templates."""
        from .resources.transactional_emails_templates import AsyncTransactionalEmailsTemplatesResource

        return AsyncTransactionalEmailsTemplatesResource(self._transport)

    @cached_property
    def webinars(self) -> AsyncWebinarsResource:
        """Webinars."""
        from .resources.webinars import AsyncWebinarsResource

        return AsyncWebinarsResource(self._transport)

    @cached_property
    def websites(self) -> AsyncWebsitesResource:
        """Websites."""
        from .resources.websites import AsyncWebsitesResource

        return AsyncWebsitesResource(self._transport)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        """Workflows."""
        from .resources.workflows import AsyncWorkflowsResource

        return AsyncWorkflowsResource(self._transport)
