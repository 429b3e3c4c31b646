"""Contains all the data models used in inputs/outputs (each imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abtests_subject import AbtestsSubject
    from .abtests_subject_details import AbtestsSubjectDetails
    from .abtests_subject_details_editor import AbtestsSubjectDetailsEditor
    from .abtests_subject_details_send_settings import AbtestsSubjectDetailsSendSettings
    from .abtests_subject_details_statistics import AbtestsSubjectDetailsStatistics
    from .abtests_subject_details_variants_item import AbtestsSubjectDetailsVariantsItem
    from .abtests_subject_from_field import AbtestsSubjectFromField
    from .abtests_subject_list import AbtestsSubjectList
    from .abtests_subject_list_item import AbtestsSubjectListItem
    from .abtests_subject_list_item_delivery_settings import AbtestsSubjectListItemDeliverySettings
    from .abtests_subject_list_item_delivery_settings_send_on import AbtestsSubjectListItemDeliverySettingsSendOn
    from .abtests_subject_list_item_delivery_settings_send_on_time_zone import (
        AbtestsSubjectListItemDeliverySettingsSendOnTimeZone,
    )
    from .abtests_subject_list_item_delivery_settings_winner_mode import (
        AbtestsSubjectListItemDeliverySettingsWinnerMode,
    )
    from .abtests_subject_list_item_delivery_settings_winning_criteria import (
        AbtestsSubjectListItemDeliverySettingsWinningCriteria,
    )
    from .abtests_subject_list_item_flags_item import AbtestsSubjectListItemFlagsItem
    from .abtests_subject_list_item_stage import AbtestsSubjectListItemStage
    from .abtests_subject_list_item_status import AbtestsSubjectListItemStatus
    from .abtests_subject_reply_to import AbtestsSubjectReplyTo
    from .abtests_subject_statistics import AbtestsSubjectStatistics
    from .account import Account, AccountDict
    from .account_badge_details import AccountBadgeDetails
    from .account_billing import AccountBilling
    from .account_billing_addons_item import AccountBillingAddonsItem
    from .account_billing_credit_card_type_0 import AccountBillingCreditCardType0
    from .account_billing_payment_method import AccountBillingPaymentMethod
    from .account_billing_payment_plan import AccountBillingPaymentPlan
    from .account_details_country_code import AccountDetailsCountryCode, AccountDetailsCountryCodeDict
    from .account_number_of_employees import AccountNumberOfEmployees
    from .account_summary_report_details import AccountSummaryReportDetails
    from .account_time_format import AccountTimeFormat
    from .account_time_zone import AccountTimeZone, AccountTimeZoneDict
    from .accounts_login_history_list_element import AccountsLoginHistoryListElement
    from .address import Address, AddressDict
    from .autoresponder import Autoresponder
    from .autoresponder_day_condition import AutoresponderDayCondition
    from .autoresponder_day_condition_operator_type import AutoresponderDayConditionOperatorType
    from .autoresponder_day_condition_operator_type_1 import AutoresponderDayConditionOperatorType1
    from .autoresponder_details import AutoresponderDetails
    from .autoresponder_details_list import AutoresponderDetailsList
    from .autoresponder_details_send_settings import AutoresponderDetailsSendSettings
    from .autoresponder_list_item import AutoresponderListItem
    from .autoresponder_send_custom_settings import AutoresponderSendCustomSettings
    from .autoresponder_send_delay_settings import AutoresponderSendDelaySettings
    from .autoresponder_send_settings_excluded_days_of_week_item import AutoresponderSendSettingsExcludedDaysOfWeekItem
    from .autoresponder_send_settings_input import AutoresponderSendSettingsInput, AutoresponderSendSettingsInputDict
    from .autoresponder_send_settings_output import AutoresponderSendSettingsOutput
    from .autoresponder_send_settings_type import AutoresponderSendSettingsType
    from .autoresponder_statistics import AutoresponderStatistics, AutoresponderStatisticsDict
    from .autoresponder_trigger_settings import AutoresponderTriggerSettings, AutoresponderTriggerSettingsDict
    from .base_category import BaseCategory
    from .base_create_custom_report import BaseCreateCustomReport, BaseCreateCustomReportDict
    from .base_create_custom_report_type import BaseCreateCustomReportType
    from .base_file import BaseFile
    from .base_landing_page import BaseLandingPage
    from .base_landing_page_user_domain_status import BaseLandingPageUserDomainStatus
    from .base_list import BaseList
    from .base_meta_field import BaseMetaField
    from .base_meta_field_value_type import BaseMetaFieldValueType
    from .base_product_variant import BaseProductVariant
    from .base_search_contacts import BaseSearchContacts
    from .base_search_contacts_details import BaseSearchContactsDetails
    from .base_send_sms import BaseSendSms, BaseSendSmsDict
    from .base_send_sms_recipients_type import BaseSendSmsRecipientsType
    from .base_suppression import BaseSuppression
    from .base_tag import BaseTag
    from .base_tax import BaseTax, BaseTaxDict
    from .blocklist import Blocklist
    from .bounces_report_details import BouncesReportDetails
    from .callback import Callback
    from .callback_actions import CallbackActions, CallbackActionsDict
    from .cart import Cart, CartDict
    from .category import Category, CategoryDict
    from .choose_winner_abtests_subject import ChooseWinnerAbtestsSubject, ChooseWinnerAbtestsSubjectDict
    from .click_track import ClickTrack
    from .click_track_message import ClickTrackMessage
    from .click_track_message_resource_type import ClickTrackMessageResourceType
    from .click_track_message_type import ClickTrackMessageType
    from .click_track_resource import ClickTrackResource
    from .condition_message_operator import ConditionMessageOperator
    from .condition_message_operator_operator_type import ConditionMessageOperatorOperatorType
    from .condition_string_operator import ConditionStringOperator
    from .condition_string_operator_operator import ConditionStringOperatorOperator
    from .condition_string_operator_operator_type import ConditionStringOperatorOperatorType
    from .condition_type_condition_type import ConditionTypeConditionType
    from .condition_type_model import ConditionType, ConditionTypeDict
    from .contact import Contact
    from .contact_activity import ContactActivity
    from .contact_activity_activity import ContactActivityActivity
    from .contact_activity_click_track import ContactActivityClickTrack
    from .contact_activity_resource import ContactActivityResource
    from .contact_activity_resource_resource_type import ContactActivityResourceResourceType
    from .contact_custom_field import ContactCustomField
    from .contact_custom_field_value import ContactCustomFieldValue
    from .contact_details import ContactDetails
    from .contact_geolocation import ContactGeolocation
    from .contact_geolocation_continent_code import ContactGeolocationContinentCode
    from .contact_list_element import ContactListElement
    from .contact_origin import ContactOrigin
    from .contact_tag import ContactTag
    from .create_and_update import CreateAndUpdate
    from .create_batch_contacts_body import CreateBatchContactsBody, CreateBatchContactsBodyDict
    from .create_batch_contacts_body_contacts_item import (
        CreateBatchContactsBodyContactsItem,
        CreateBatchContactsBodyContactsItemDict,
    )
    from .create_batch_contacts_body_contacts_item_custom_field_values_item import (
        CreateBatchContactsBodyContactsItemCustomFieldValuesItem,
        CreateBatchContactsBodyContactsItemCustomFieldValuesItemDict,
    )
    from .create_batch_contacts_body_contacts_item_tags import (
        CreateBatchContactsBodyContactsItemTags,
        CreateBatchContactsBodyContactsItemTagsDict,
    )
    from .create_custom_report_scheduling import CreateCustomReportScheduling, CreateCustomReportSchedulingDict
    from .create_custom_report_scheduling_frequency import CreateCustomReportSchedulingFrequency
    from .create_message_activity_report import CreateMessageActivityReport
    from .create_message_activity_report_filters import CreateMessageActivityReportFilters
    from .create_message_activity_report_filters_filters import CreateMessageActivityReportFiltersFilters
    from .create_multimedia import CreateMultimedia, CreateMultimediaDict
    from .create_transactional_email import CreateTransactionalEmail, CreateTransactionalEmailDict
    from .create_transactional_email_content_type import CreateTransactionalEmailContentType
    from .create_transactional_email_template import (
        CreateTransactionalEmailTemplate,
        CreateTransactionalEmailTemplateDict,
    )
    from .crm_condition import CrmCondition
    from .crm_condition_stage_scope_type_0 import CrmConditionStageScopeType0
    from .custom_date_range import CustomDateRange
    from .custom_event import CustomEvent, CustomEventDict
    from .custom_event_attribute import CustomEventAttribute
    from .custom_event_attribute_details import CustomEventAttributeDetails, CustomEventAttributeDetailsDict
    from .custom_event_attribute_type import CustomEventAttributeType
    from .custom_event_condition import CustomEventCondition
    from .custom_event_condition_date_operator_type_1 import CustomEventConditionDateOperatorType1
    from .custom_event_condition_date_operator_type_2 import CustomEventConditionDateOperatorType2
    from .custom_event_condition_occurrence import CustomEventConditionOccurrence
    from .custom_event_details import CustomEventDetails
    from .custom_field import CustomField
    from .custom_field_condition import CustomFieldCondition
    from .custom_field_condition_operator_type import CustomFieldConditionOperatorType
    from .custom_field_date_operator_enum import CustomFieldDateOperatorEnum
    from .custom_field_format_enum import CustomFieldFormatEnum
    from .custom_field_numeric_operator_enum import CustomFieldNumericOperatorEnum
    from .custom_field_reference import CustomFieldReference
    from .custom_field_response import CustomFieldResponse
    from .custom_field_string_operator_enum import CustomFieldStringOperatorEnum
    from .custom_field_type_enum import CustomFieldTypeEnum
    from .custom_field_value_for_operator_type_date_and_operator_specific_date import (
        CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate,
    )
    from .custom_field_value_type import CustomFieldValueType
    from .custom_report import CustomReport
    from .custom_report_days_of_week_enum import CustomReportDaysOfWeekEnum
    from .custom_report_details import CustomReportDetails
    from .custom_report_details_files_item import CustomReportDetailsFilesItem
    from .custom_report_file_statuses_enum import CustomReportFileStatusesEnum
    from .custom_report_filter_activity_type import CustomReportFilterActivityType
    from .custom_report_filter_message_id import CustomReportFilterMessageId
    from .custom_report_frequencies_enum import CustomReportFrequenciesEnum
    from .custom_report_scheduling import CustomReportScheduling
    from .custom_report_types_enum import CustomReportTypesEnum
    from .daily_report_scheduling import DailyReportScheduling
    from .direct_content import DirectContent
    from .e_commerce_abandoned_cart_condition import ECommerceAbandonedCartCondition
    from .e_commerce_abandoned_cart_condition_cart_value import ECommerceAbandonedCartConditionCartValue
    from .e_commerce_abandoned_cart_condition_cart_value_operator import (
        ECommerceAbandonedCartConditionCartValueOperator,
    )
    from .e_commerce_abandoned_cart_condition_date_operator import ECommerceAbandonedCartConditionDateOperator
    from .e_commerce_abandoned_cart_condition_shop_scope_type_0 import ECommerceAbandonedCartConditionShopScopeType0
    from .e_commerce_brand_purchased_condition import ECommerceBrandPurchasedCondition
    from .e_commerce_brand_purchased_condition_operator import ECommerceBrandPurchasedConditionOperator
    from .e_commerce_brand_purchased_condition_operator_type import ECommerceBrandPurchasedConditionOperatorType
    from .e_commerce_number_of_purchases_condition import ECommerceNumberOfPurchasesCondition
    from .e_commerce_number_of_purchases_condition_date import ECommerceNumberOfPurchasesConditionDate
    from .e_commerce_number_of_purchases_condition_date_operator import ECommerceNumberOfPurchasesConditionDateOperator
    from .e_commerce_number_of_purchases_condition_operator import ECommerceNumberOfPurchasesConditionOperator
    from .e_commerce_number_of_purchases_condition_operator_type import ECommerceNumberOfPurchasesConditionOperatorType
    from .e_commerce_number_of_purchases_condition_scope_type_0 import ECommerceNumberOfPurchasesConditionScopeType0
    from .e_commerce_product_purchased_condition import ECommerceProductPurchasedCondition
    from .e_commerce_product_purchased_condition_category_scope_type_0 import (
        ECommerceProductPurchasedConditionCategoryScopeType0,
    )
    from .e_commerce_product_purchased_condition_date_operator_type_1 import (
        ECommerceProductPurchasedConditionDateOperatorType1,
    )
    from .e_commerce_product_purchased_condition_date_operator_type_2 import (
        ECommerceProductPurchasedConditionDateOperatorType2,
    )
    from .e_commerce_product_purchased_condition_operator import ECommerceProductPurchasedConditionOperator
    from .e_commerce_product_purchased_condition_operator_type import ECommerceProductPurchasedConditionOperatorType
    from .e_commerce_product_purchased_condition_product_scope_type_0 import (
        ECommerceProductPurchasedConditionProductScopeType0,
    )
    from .e_commerce_product_purchased_condition_shop_scope_type_0 import (
        ECommerceProductPurchasedConditionShopScopeType0,
    )
    from .e_commerce_total_spent_condition import ECommerceTotalSpentCondition
    from .e_commerce_total_spent_condition_date import ECommerceTotalSpentConditionDate
    from .e_commerce_total_spent_condition_date_operator import ECommerceTotalSpentConditionDateOperator
    from .e_commerce_total_spent_condition_operator import ECommerceTotalSpentConditionOperator
    from .e_commerce_total_spent_condition_operator_type import ECommerceTotalSpentConditionOperatorType
    from .e_commerce_total_spent_condition_scope_type_0 import ECommerceTotalSpentConditionScopeType0
    from .email_condition import EmailCondition
    from .empty_report_filters import EmptyReportFilters
    from .empty_report_filters_filters import EmptyReportFiltersFilters
    from .engagement_score_condition import EngagementScoreCondition
    from .engagement_score_condition_operator import EngagementScoreConditionOperator
    from .error_response import ErrorResponse
    from .external_lexpad import ExternalLexpad, ExternalLexpadDict
    from .facebook_pixel import FacebookPixel
    from .file import File
    from .file_group import FileGroup
    from .file_property import FileProperty
    from .file_property_name import FilePropertyName
    from .folder import Folder
    from .folder_short import FolderShort, FolderShortDict
    from .form import Form
    from .form_details import FormDetails
    from .form_settings import FormSettings
    from .form_settings_already_subscribed_type import FormSettingsAlreadySubscribedType
    from .form_settings_forward_data_request_type import FormSettingsForwardDataRequestType
    from .form_settings_optin import FormSettingsOptin
    from .form_settings_thank_you_type import FormSettingsThankYouType
    from .form_statistics import FormStatistics
    from .form_status import FormStatus
    from .form_variant import FormVariant
    from .form_variant_details import FormVariantDetails
    from .form_variant_details_status import FormVariantDetailsStatus
    from .form_variant_details_winner import FormVariantDetailsWinner
    from .form_variant_status import FormVariantStatus
    from .from_field import FromField
    from .from_field_domain import FromFieldDomain
    from .from_field_domain_dkim_warning import FromFieldDomainDKIMWarning
    from .from_field_domain_status import FromFieldDomainStatus
    from .from_field_reference import FromFieldReference, FromFieldReferenceDict
    from .gdpr_condition import GdprCondition
    from .gdpr_condition_consent_date import GdprConditionConsentDate
    from .gdpr_condition_consent_date_operator import GdprConditionConsentDateOperator
    from .gdpr_condition_consent_status import GdprConditionConsentStatus
    from .gdpr_field import GDPRField
    from .gdpr_field_details import GDPRFieldDetails
    from .gdpr_field_latest_version import GDPRFieldLatestVersion
    from .general_performance_stats import GeneralPerformanceStats
    from .general_performance_stats_order import GeneralPerformanceStatsOrder
    from .general_performance_stats_revenue import GeneralPerformanceStatsRevenue
    from .geolocation_condition import GeolocationCondition
    from .geolocation_condition_scope import GeolocationConditionScope
    from .get_ab_test_subject_list_querystage import GetAbTestSubjectListQuerystage
    from .get_autoresponder_list_querystatus import GetAutoresponderListQuerystatus
    from .get_autoresponder_statistics_collection_querygroup_by import GetAutoresponderStatisticsCollectionQuerygroupBy
    from .get_autoresponder_thumbnail_size import GetAutoresponderThumbnailSize
    from .get_contact_list_queryorigin import GetContactListQueryorigin
    from .get_form_list_querystatus import GetFormListQuerystatus
    from .get_list_statistics_balance_querygroup_by import GetListStatisticsBalanceQuerygroupBy
    from .get_list_statistics_list_size_querygroup_by import GetListStatisticsListSizeQuerygroupBy
    from .get_list_statistics_locations_querygroup_by import GetListStatisticsLocationsQuerygroupBy
    from .get_list_statistics_origins_querygroup_by import GetListStatisticsOriginsQuerygroupBy
    from .get_list_statistics_removals_querygroup_by import GetListStatisticsRemovalsQuerygroupBy
    from .get_list_statistics_subscriptions_querygroup_by import GetListStatisticsSubscriptionsQuerygroupBy
    from .get_lps_general_performance_stats_querydevice import GetLpsGeneralPerformanceStatsQuerydevice
    from .get_lps_list_querystatus import GetLpsListQuerystatus
    from .get_newsletter_activities_queryactivity import GetNewsletterActivitiesQueryactivity
    from .get_newsletter_list_querystatus import GetNewsletterListQuerystatus
    from .get_newsletter_list_querytype import GetNewsletterListQuerytype
    from .get_newsletter_statistics_collection_querygroup_by import GetNewsletterStatisticsCollectionQuerygroupBy
    from .get_newsletter_thumbnail_size import GetNewsletterThumbnailSize
    from .get_popup_general_performance_querydevice import GetPopupGeneralPerformanceQuerydevice
    from .get_popups_list_querystatus import GetPopupsListQuerystatus
    from .get_rss_newsletter_statistics_collection_querygroup_by import GetRssNewsletterStatisticsCollectionQuerygroupBy
    from .get_rss_newsletters_list_querystatus import GetRssNewslettersListQuerystatus
    from .get_single_autoresponder_statistics_querygroup_by import GetSingleAutoresponderStatisticsQuerygroupBy
    from .get_single_newsletter_statistics_querygroup_by import GetSingleNewsletterStatisticsQuerygroupBy
    from .get_single_rss_newsletter_statistics_collection_querygroup_by import (
        GetSingleRssNewsletterStatisticsCollectionQuerygroupBy,
    )
    from .get_sms_list_querysending_status import GetSmsListQuerysendingStatus
    from .get_sms_list_querytype import GetSmsListQuerytype
    from .get_splittest_list_querystatus import GetSplittestListQuerystatus
    from .get_transactional_emails_statistics_querygroup_by import GetTransactionalEmailsStatisticsQuerygroupBy
    from .get_wbe_general_performance_stats_querydevice import GetWbeGeneralPerformanceStatsQuerydevice
    from .get_webinar_list_querystatus import GetWebinarListQuerystatus
    from .get_webinar_list_querytype import GetWebinarListQuerytype
    from .get_websites_list_querystatus import GetWebsitesListQuerystatus
    from .goal_condition import GoalCondition
    from .goal_condition_operator import GoalConditionOperator
    from .goal_condition_operator_type import GoalConditionOperatorType
    from .image_details import ImageDetails
    from .image_details_extension import ImageDetailsExtension
    from .import_ import Import
    from .import_error_report_details import ImportErrorReportDetails
    from .import_error_statistics import ImportErrorStatistics
    from .import_statistics import ImportStatistics
    from .import_status import ImportStatus
    from .industry_tag import IndustryTag
    from .industry_tag_id import IndustryTagId, IndustryTagIdDict
    from .industry_tag_properties import IndustryTagProperties
    from .isp_message_stats_report_details import IspMessageStatsReportDetails
    from .landing_page import LandingPage
    from .landing_page_meta_noindex import LandingPageMetaNoindex
    from .landing_page_optin import LandingPageOptin
    from .landing_page_thank_you_page_type import LandingPageThankYouPageType
    from .landing_page_variant import LandingPageVariant
    from .last_click_date_condition import LastClickDateCondition
    from .last_click_date_condition_operator import LastClickDateConditionOperator
    from .last_click_date_condition_operator_type import LastClickDateConditionOperatorType
    from .last_open_date_condition import LastOpenDateCondition
    from .last_open_date_condition_operator import LastOpenDateConditionOperator
    from .last_open_date_condition_operator_type import LastOpenDateConditionOperatorType
    from .last_send_date_condition import LastSendDateCondition
    from .last_send_date_condition_operator import LastSendDateConditionOperator
    from .last_send_date_condition_operator_type import LastSendDateConditionOperatorType
    from .legacy_form import LegacyForm
    from .legacy_form_statistics import LegacyFormStatistics
    from .link_clicked_condition import LinkClickedCondition
    from .link_clicked_condition_click_track_id_type_0 import LinkClickedConditionClickTrackIdType0
    from .link_clicked_condition_operator_type import LinkClickedConditionOperatorType
    from .link_not_clicked_condition import LinkNotClickedCondition
    from .link_not_clicked_condition_click_track_id_type_0 import LinkNotClickedConditionClickTrackIdType0
    from .link_not_clicked_condition_date_operator import LinkNotClickedConditionDateOperator
    from .link_not_clicked_condition_operator_type import LinkNotClickedConditionOperatorType
    from .link_not_clicked_condition_operator_type_0 import LinkNotClickedConditionOperatorType0
    from .list_additional_properties import ListAdditionalProperties
    from .list_balance_statistics_list import ListBalanceStatisticsList
    from .list_balance_statistics_list_additional_property_type_0 import (
        ListBalanceStatisticsListAdditionalPropertyType0,
    )
    from .list_balance_statistics_list_additional_property_type_1 import (
        ListBalanceStatisticsListAdditionalPropertyType1,
    )
    from .list_confirmation import ListConfirmation, ListConfirmationDict
    from .list_confirmation_mime_type import ListConfirmationMimeType
    from .list_confirmation_redirect_type import ListConfirmationRedirectType
    from .list_details import ListDetails
    from .list_list_sizes_statistics_element import ListListSizesStatisticsElement
    from .list_location_item import ListLocationItem
    from .list_location_item_additional_property import ListLocationItemAdditionalProperty
    from .list_optin_types import ListOptinTypes, ListOptinTypesDict
    from .list_optin_types_api import ListOptinTypesApi
    from .list_optin_types_email import ListOptinTypesEmail
    from .list_optin_types_import import ListOptinTypesImport
    from .list_optin_types_webform import ListOptinTypesWebform
    from .list_postal import ListPostal, ListPostalDict
    from .list_profile import ListProfile, ListProfileDict
    from .list_reference import ListReference, ListReferenceDict
    from .list_removals_statistics_item_type_0 import ListRemovalsStatisticsItemType0
    from .list_removals_statistics_item_type_1 import ListRemovalsStatisticsItemType1
    from .list_removals_statistics_item_type_2 import ListRemovalsStatisticsItemType2
    from .list_removals_statistics_item_type_3 import ListRemovalsStatisticsItemType3
    from .list_removals_statistics_item_type_4 import ListRemovalsStatisticsItemType4
    from .list_removals_statistics_item_type_5 import ListRemovalsStatisticsItemType5
    from .list_removals_statistics_item_type_6 import ListRemovalsStatisticsItemType6
    from .list_removals_statistics_item_type_7 import ListRemovalsStatisticsItemType7
    from .list_removals_statistics_item_type_8 import ListRemovalsStatisticsItemType8
    from .list_removals_statistics_list import ListRemovalsStatisticsList
    from .list_subscription_notifications import ListSubscriptionNotifications, ListSubscriptionNotificationsDict
    from .list_subscription_statistics_item import ListSubscriptionStatisticsItem
    from .list_subscription_statistics_item_by_list import ListSubscriptionStatisticsItemByList
    from .list_subscription_statistics_list import ListSubscriptionStatisticsList
    from .list_summary_item import ListSummaryItem
    from .list_summary_item_additional_property import ListSummaryItemAdditionalProperty
    from .list_summary_report_details import ListSummaryReportDetails
    from .lists_element import ListsElement
    from .lps import Lps
    from .lps_details import LpsDetails
    from .lps_details_statistics import LpsDetailsStatistics
    from .lps_list_item import LpsListItem
    from .lps_list_item_statistics import LpsListItemStatistics
    from .lps_list_item_status import LpsListItemStatus
    from .lps_page import LpsPage
    from .lps_page_status import LpsPageStatus
    from .lps_stats import LpsStats
    from .message_activity_report_activity_types_enum import MessageActivityReportActivityTypesEnum
    from .message_activity_report_details import MessageActivityReportDetails
    from .message_activity_report_filters import MessageActivityReportFilters
    from .message_activity_report_filters_filters import MessageActivityReportFiltersFilters
    from .message_clicks_report_details import MessageClicksReportDetails
    from .message_content import MessageContent, MessageContentDict
    from .message_editor_enum import MessageEditorEnum
    from .message_flags_array_item import MessageFlagsArrayItem
    from .message_not_sent_condition import MessageNotSentCondition
    from .message_not_sent_condition_operator_type import MessageNotSentConditionOperatorType
    from .message_sent_condition import MessageSentCondition
    from .message_sent_condition_operator_type import MessageSentConditionOperatorType
    from .message_statistics_list_element import MessageStatisticsListElement
    from .message_stats_report_details import MessageStatsReportDetails
    from .message_type_operator import MessageTypeOperator
    from .meta_field import MetaField, MetaFieldDict
    from .monthly_report_scheduling import MonthlyReportScheduling
    from .name_condition import NameCondition
    from .new_abtests_subject import NewAbtestsSubject, NewAbtestsSubjectDict
    from .new_abtests_subject_delivery_settings import (
        NewAbtestsSubjectDeliverySettings,
        NewAbtestsSubjectDeliverySettingsDict,
    )
    from .new_abtests_subject_delivery_settings_send_on import (
        NewAbtestsSubjectDeliverySettingsSendOn,
        NewAbtestsSubjectDeliverySettingsSendOnDict,
    )
    from .new_abtests_subject_delivery_settings_send_on_sending_type import (
        NewAbtestsSubjectDeliverySettingsSendOnSendingType,
    )
    from .new_abtests_subject_delivery_settings_send_on_time_zone import (
        NewAbtestsSubjectDeliverySettingsSendOnTimeZone,
        NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict,
    )
    from .new_abtests_subject_delivery_settings_winner_mode import NewAbtestsSubjectDeliverySettingsWinnerMode
    from .new_abtests_subject_delivery_settings_winning_criteria import NewAbtestsSubjectDeliverySettingsWinningCriteria
    from .new_abtests_subject_flags_item import NewAbtestsSubjectFlagsItem
    from .new_abtests_subject_send_settings import NewAbtestsSubjectSendSettings, NewAbtestsSubjectSendSettingsDict
    from .new_address import NewAddress, NewAddressDict
    from .new_autoresponder import NewAutoresponder, NewAutoresponderDict
    from .new_cart import NewCart, NewCartDict
    from .new_cart_selected_product_variant import NewCartSelectedProductVariant, NewCartSelectedProductVariantDict
    from .new_category import NewCategory, NewCategoryDict
    from .new_contact import NewContact, NewContactDict
    from .new_contact_custom_field_value import NewContactCustomFieldValue, NewContactCustomFieldValueDict
    from .new_contact_custom_field_values import NewContactCustomFieldValues
    from .new_contact_tag import NewContactTag, NewContactTagDict
    from .new_contact_tags import NewContactTags
    from .new_custom_field import NewCustomField, NewCustomFieldDict
    from .new_file import NewFile, NewFileDict
    from .new_folder import NewFolder, NewFolderDict
    from .new_from_field import NewFromField, NewFromFieldDict
    from .new_import import NewImport, NewImportDict
    from .new_list import NewList, NewListDict
    from .new_message_editor_enum_output import NewMessageEditorEnumOutput
    from .new_meta_field import NewMetaField, NewMetaFieldDict
    from .new_newsletter import NewNewsletter, NewNewsletterDict
    from .new_newsletter_type import NewNewsletterType
    from .new_order import NewOrder, NewOrderDict
    from .new_predefined_field import NewPredefinedField, NewPredefinedFieldDict
    from .new_product import NewProduct, NewProductDict
    from .new_product_category import NewProductCategory, NewProductCategoryDict
    from .new_product_variant import NewProductVariant, NewProductVariantDict
    from .new_product_variant_image import NewProductVariantImage, NewProductVariantImageDict
    from .new_rss_newsletter import NewRssNewsletter, NewRssNewsletterDict
    from .new_search_contacts import NewSearchContacts, NewSearchContactsDict
    from .new_selected_product_variant import NewSelectedProductVariant, NewSelectedProductVariantDict
    from .new_shop import NewShop, NewShopDict
    from .new_suppression import NewSuppression, NewSuppressionDict
    from .new_tag import NewTag, NewTagDict
    from .new_tax import NewTax, NewTaxDict
    from .new_transactional_email_tag import NewTransactionalEmailTag, NewTransactionalEmailTagDict
    from .newsletter import Newsletter
    from .newsletter_activity import NewsletterActivity
    from .newsletter_activity_activity import NewsletterActivityActivity
    from .newsletter_activity_contact_reference import NewsletterActivityContactReference
    from .newsletter_attachment import NewsletterAttachment, NewsletterAttachmentDict
    from .newsletter_details import NewsletterDetails
    from .newsletter_list_element import NewsletterListElement
    from .newsletter_list_element_send_metrics import NewsletterListElementSendMetrics
    from .newsletter_list_element_send_metrics_status import NewsletterListElementSendMetricsStatus
    from .newsletter_list_element_type import NewsletterListElementType
    from .newsletter_send_metrics import NewsletterSendMetrics
    from .newsletter_send_metrics_status import NewsletterSendMetricsStatus
    from .newsletter_send_settings_details import NewsletterSendSettingsDetails, NewsletterSendSettingsDetailsDict
    from .newsletter_send_settings_details_send_on import (
        NewsletterSendSettingsDetailsSendOn,
        NewsletterSendSettingsDetailsSendOnDict,
    )
    from .newsletter_send_settings_listing import NewsletterSendSettingsListing
    from .newsletter_type import NewsletterType
    from .not_opened_condition import NotOpenedCondition
    from .not_opened_condition_date_operator import NotOpenedConditionDateOperator
    from .not_opened_condition_operator_type import NotOpenedConditionOperatorType
    from .not_opened_condition_operator_type_0 import NotOpenedConditionOperatorType0
    from .one_time_report_scheduling import OneTimeReportScheduling
    from .one_time_scheduling import OneTimeScheduling
    from .one_time_scheduling_one_time import OneTimeSchedulingOneTime
    from .one_time_scheduling_recurring_type_0 import OneTimeSchedulingRecurringType0
    from .opened_condition import OpenedCondition
    from .order import Order, OrderDict
    from .order_response import OrderResponse
    from .order_selected_product_variant import OrderSelectedProductVariant
    from .popup_details import PopupDetails
    from .popup_details_status import PopupDetailsStatus
    from .popup_details_type import PopupDetailsType
    from .popup_general_performance_stats import PopupGeneralPerformanceStats
    from .popup_list_item import PopupListItem
    from .popup_list_item_statistics import PopupListItemStatistics
    from .popup_list_item_status import PopupListItemStatus
    from .popup_list_item_type import PopupListItemType
    from .predefined_field import PredefinedField
    from .product import Product, ProductDict
    from .product_category import ProductCategory
    from .product_variant import ProductVariant, ProductVariantDict
    from .quota import Quota
    from .recurring_scheduling import RecurringScheduling
    from .recurring_scheduling_one_time_type_0 import RecurringSchedulingOneTimeType0
    from .recurring_scheduling_recurring import RecurringSchedulingRecurring
    from .relational_numeric_operator_enum import RelationalNumericOperatorEnum
    from .revenue_statistics import RevenueStatistics
    from .revenue_statistics_time_series_item import RevenueStatisticsTimeSeriesItem
    from .rss_newsletter import RssNewsletter
    from .rss_newsletter_details import RssNewsletterDetails
    from .rss_newsletter_list_item import RssNewsletterListItem
    from .rss_newsletter_list_send_daily_settings import RssNewsletterListSendDailySettings
    from .rss_newsletter_list_send_monthly_settings import RssNewsletterListSendMonthlySettings
    from .rss_newsletter_list_send_weekly_settings import RssNewsletterListSendWeeklySettings
    from .rss_newsletter_list_send_weekly_settings_send_at_week_day import (
        RssNewsletterListSendWeeklySettingsSendAtWeekDay,
    )
    from .rss_newsletter_listing import RssNewsletterListing
    from .rss_newsletter_send_daily_settings import RssNewsletterSendDailySettings
    from .rss_newsletter_send_monthly_settings import RssNewsletterSendMonthlySettings
    from .rss_newsletter_send_monthly_settings_send_at_month_day_type_1 import (
        RssNewsletterSendMonthlySettingsSendAtMonthDayType1,
    )
    from .rss_newsletter_send_settings_details import (
        RssNewsletterSendSettingsDetails,
        RssNewsletterSendSettingsDetailsDict,
    )
    from .rss_newsletter_send_settings_details_filter import RssNewsletterSendSettingsDetailsFilter
    from .rss_newsletter_send_settings_listing import RssNewsletterSendSettingsListing
    from .rss_newsletter_send_settings_listing_filter import RssNewsletterSendSettingsListingFilter
    from .rss_newsletter_send_weekly_settings import RssNewsletterSendWeeklySettings
    from .rss_newsletter_send_weekly_settings_send_at_week_day import RssNewsletterSendWeeklySettingsSendAtWeekDay
    from .scoring_condition import ScoringCondition
    from .scoring_condition_operator import ScoringConditionOperator
    from .scoring_condition_operator_type import ScoringConditionOperatorType
    from .search_contact_section import SearchContactSection, SearchContactSectionDict
    from .search_contact_section_logic_operator import SearchContactSectionLogicOperator
    from .search_contact_section_subscriber_cycle_item import SearchContactSectionSubscriberCycleItem
    from .search_contact_section_subscription_date import SearchContactSectionSubscriptionDate
    from .search_contacts_by_search_form import SearchContactsBySearchForm, SearchContactsBySearchFormDict
    from .search_contacts_conditions_details import SearchContactsConditionsDetails
    from .search_contacts_conditions_details_section_logic_operator import (
        SearchContactsConditionsDetailsSectionLogicOperator,
    )
    from .search_contacts_details import SearchContactsDetails
    from .searched_contact_details import SearchedContactDetails
    from .searched_contact_details_origin import SearchedContactDetailsOrigin
    from .searched_contact_details_reason import SearchedContactDetailsReason
    from .section_custom_subscription_date import SectionCustomSubscriptionDate
    from .send_newsletter_draft import SendNewsletterDraft, SendNewsletterDraftDict
    from .send_sms_to_contacts import SendSmsToContacts
    from .send_sms_to_contacts_send_settings import SendSmsToContactsSendSettings
    from .send_sms_to_contacts_send_settings_contacts import SendSmsToContactsSendSettingsContacts
    from .send_sms_to_imported_numbers import SendSmsToImportedNumbers
    from .send_sms_to_imported_numbers_send_settings import SendSmsToImportedNumbersSendSettings
    from .send_sms_to_imported_numbers_send_settings_imported_numbers_item import (
        SendSmsToImportedNumbersSendSettingsImportedNumbersItem,
    )
    from .sending_limits_list_item import SendingLimitsListItem
    from .shop import Shop, ShopDict
    from .shop_details import ShopDetails
    from .sms_automation_details import SmsAutomationDetails
    from .sms_automation_details_click_tracks_item import SmsAutomationDetailsClickTracksItem
    from .sms_automation_details_workflows_item import SmsAutomationDetailsWorkflowsItem
    from .sms_automation_list_item import SmsAutomationListItem
    from .sms_automation_list_item_statistics import SmsAutomationListItemStatistics
    from .sms_automation_list_item_status import SmsAutomationListItemStatus
    from .sms_details import SmsDetails
    from .sms_details_click_tracks_item import SmsDetailsClickTracksItem
    from .sms_details_send_settings_type_0 import SmsDetailsSendSettingsType0
    from .sms_details_send_settings_type_0_contacts_type_0 import SmsDetailsSendSettingsType0ContactsType0
    from .sms_details_send_settings_type_0_imported_numbers_type_0 import (
        SmsDetailsSendSettingsType0ImportedNumbersType0,
    )
    from .sms_link_clicked_condition import SmsLinkClickedCondition
    from .sms_link_not_clicked_condition import SmsLinkNotClickedCondition
    from .sms_list_item import SmsListItem
    from .sms_list_item_recipients_type import SmsListItemRecipientsType
    from .sms_list_item_send_metrics import SmsListItemSendMetrics
    from .sms_list_item_send_metrics_status import SmsListItemSendMetricsStatus
    from .sms_list_item_send_on_type_0 import SmsListItemSendOnType0
    from .sms_list_item_send_on_type_0_time_zone import SmsListItemSendOnType0TimeZone
    from .sms_list_item_statistics import SmsListItemStatistics
    from .sms_list_item_type import SmsListItemType
    from .sms_sender_name import SmsSenderName
    from .sms_sender_name_statuses_enum import SmsSenderNameStatusesEnum
    from .sms_sent_condition import SmsSentCondition
    from .sms_sent_condition_delivery_status import SmsSentConditionDeliveryStatus
    from .sms_stats import SmsStats
    from .sms_stats_country_statistics import SmsStatsCountryStatistics
    from .sms_stats_country_statistics_price import SmsStatsCountryStatisticsPrice
    from .sms_stats_link import SmsStatsLink
    from .sms_stats_total_price import SmsStatsTotalPrice
    from .sort_order_enum import SortOrderEnum
    from .specific_date_enum import SpecificDateEnum
    from .specific_date_extended_enum_type_1 import SpecificDateExtendedEnumType1
    from .splittest import Splittest
    from .splittest_choose_winning import SplittestChooseWinning
    from .splittest_newsletter import SplittestNewsletter
    from .splittest_newsletter_status import SplittestNewsletterStatus
    from .splittest_send_settings import SplittestSendSettings
    from .splittest_stage import SplittestStage
    from .splittest_status import SplittestStatus
    from .splittest_type import SplittestType
    from .splittest_winning_criteria import SplittestWinningCriteria
    from .standard_subscriber_activity_report_details import StandardSubscriberActivityReportDetails
    from .status_enum import StatusEnum
    from .string_boolean_enum import StringBooleanEnum
    from .subscribers_type_enum_for_searching import SubscribersTypeEnumForSearching
    from .subscribers_type_enum_for_searching_subscribers_type_item import (
        SubscribersTypeEnumForSearchingSubscribersTypeItem,
    )
    from .subscribers_type_enum_for_segments import SubscribersTypeEnumForSegments
    from .subscribers_type_enum_for_segments_subscribers_type_item import (
        SubscribersTypeEnumForSegmentsSubscribersTypeItem,
    )
    from .subscription_confirmation_body import SubscriptionConfirmationBody
    from .subscription_confirmation_subject import SubscriptionConfirmationSubject
    from .subscription_date_condition import SubscriptionDateCondition
    from .subscription_date_condition_operator import SubscriptionDateConditionOperator
    from .subscription_date_condition_operator_type import SubscriptionDateConditionOperatorType
    from .subscription_method_condition import SubscriptionMethodCondition
    from .subscription_method_condition_method import SubscriptionMethodConditionMethod
    from .subscription_method_condition_webform_type import SubscriptionMethodConditionWebformType
    from .subscription_rejections_report_details import SubscriptionRejectionsReportDetails
    from .suppression import Suppression
    from .suppression_details import SuppressionDetails
    from .tag import Tag
    from .tag_condition import TagCondition
    from .tag_condition_operator import TagConditionOperator
    from .tag_condition_operator_type import TagConditionOperatorType
    from .tag_details import TagDetails
    from .tax import Tax
    from .template_content import TemplateContent
    from .time_zone import TimeZone, TimeZoneDict
    from .timezone import Timezone
    from .timezone_country import TimezoneCountry
    from .timezone_id import TimezoneId
    from .timezone_name import TimezoneName
    from .timezone_offset import TimezoneOffset
    from .tracking import Tracking
    from .transactional_email import TransactionalEmail
    from .transactional_email_attachment import TransactionalEmailAttachment
    from .transactional_email_bounce_report_details import TransactionalEmailBounceReportDetails
    from .transactional_email_content import TransactionalEmailContent
    from .transactional_email_content_content import TransactionalEmailContentContent
    from .transactional_email_details import TransactionalEmailDetails
    from .transactional_email_list_element import TransactionalEmailListElement
    from .transactional_email_list_element_recipients import TransactionalEmailListElementRecipients
    from .transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo
    from .transactional_email_recipient import TransactionalEmailRecipient, TransactionalEmailRecipientDict
    from .transactional_email_recipient_clicked_link import TransactionalEmailRecipientClickedLink
    from .transactional_email_recipient_details import TransactionalEmailRecipientDetails
    from .transactional_email_recipient_sent_on_status import TransactionalEmailRecipientSentOnStatus
    from .transactional_email_recipient_status import TransactionalEmailRecipientStatus
    from .transactional_email_recipient_statuses import TransactionalEmailRecipientStatuses
    from .transactional_email_recipient_to import TransactionalEmailRecipientTo, TransactionalEmailRecipientToDict
    from .transactional_email_recipients import TransactionalEmailRecipients, TransactionalEmailRecipientsDict
    from .transactional_email_recipients_details import TransactionalEmailRecipientsDetails
    from .transactional_email_statistics import TransactionalEmailStatistics
    from .transactional_email_tag import TransactionalEmailTag
    from .transactional_email_template import TransactionalEmailTemplate
    from .transactional_email_template_content import (
        TransactionalEmailTemplateContent,
        TransactionalEmailTemplateContentDict,
    )
    from .transactional_email_template_template import TransactionalEmailTemplateTemplate
    from .transactional_email_template_template_lexpad import TransactionalEmailTemplateTemplateLexpad
    from .transactional_emails_template_details import TransactionalEmailsTemplateDetails
    from .transactional_emails_template_list_element import TransactionalEmailsTemplateListElement
    from .transactional_emails_template_list_element_editor import TransactionalEmailsTemplateListElementEditor
    from .trigger_custom_event import TriggerCustomEvent, TriggerCustomEventDict
    from .trigger_custom_event_attribute import TriggerCustomEventAttribute, TriggerCustomEventAttributeDict
    from .unconfirmed_contacts_stats_report_details import UnconfirmedContactsStatsReportDetails
    from .unsubscribe_contacts_lists_report_details import UnsubscribeContactsListsReportDetails
    from .update_account_badge_body import UpdateAccountBadgeBody, UpdateAccountBadgeBodyDict
    from .update_account_badge_body_type import UpdateAccountBadgeBodyType
    from .update_account_blocklist_additional_flags import UpdateAccountBlocklistAdditionalFlags
    from .update_autoresponder import UpdateAutoresponder, UpdateAutoresponderDict
    from .update_blocklist import UpdateBlocklist, UpdateBlocklistDict
    from .update_callbacks import UpdateCallbacks, UpdateCallbacksDict
    from .update_contact import UpdateContact, UpdateContactDict
    from .update_contact_list import UpdateContactList, UpdateContactListDict
    from .update_contact_origin import UpdateContactOrigin
    from .update_custom_field import UpdateCustomField, UpdateCustomFieldDict
    from .update_list import UpdateList, UpdateListDict
    from .update_list_blocklist_additional_flags import UpdateListBlocklistAdditionalFlags
    from .update_predefined_field import UpdatePredefinedField, UpdatePredefinedFieldDict
    from .update_rss_newsletter import UpdateRssNewsletter, UpdateRssNewsletterDict
    from .update_search_contacts import UpdateSearchContacts, UpdateSearchContactsDict
    from .update_suppression import UpdateSuppression, UpdateSuppressionDict
    from .update_tag import UpdateTag, UpdateTagDict
    from .update_transactional_emails_template_body import (
        UpdateTransactionalEmailsTemplateBody,
        UpdateTransactionalEmailsTemplateBodyDict,
    )
    from .update_workflow import UpdateWorkflow, UpdateWorkflowDict
    from .update_workflow_status import UpdateWorkflowStatus
    from .upsert_contact_custom_fields import UpsertContactCustomFields, UpsertContactCustomFieldsDict
    from .upsert_contact_tags import UpsertContactTags, UpsertContactTagsDict
    from .upsert_meta_field import UpsertMetaField, UpsertMetaFieldDict
    from .upsert_product_category import UpsertProductCategory, UpsertProductCategoryDict
    from .upsert_single_meta_field import UpsertSingleMetaField, UpsertSingleMetaFieldDict
    from .upsert_single_product_category import UpsertSingleProductCategory, UpsertSingleProductCategoryDict
    from .upsert_tags_response_200_item import UpsertTagsResponse200Item
    from .user_activity_report_details import UserActivityReportDetails
    from .webinar import Webinar
    from .webinar_condition_contact_type import WebinarConditionContactType
    from .webinar_condition_model import WebinarCondition
    from .webinar_condition_webinar_condition import WebinarConditionWebinarCondition
    from .webinar_newsletter import WebinarNewsletter
    from .webinar_participants_report_details import WebinarParticipantsReportDetails
    from .webinar_statistics import WebinarStatistics
    from .webinar_status import WebinarStatus
    from .webinar_type import WebinarType
    from .website import Website
    from .website_details import WebsiteDetails
    from .website_page import WebsitePage
    from .website_page_status import WebsitePageStatus
    from .website_statistics import WebsiteStatistics
    from .website_stats import WebsiteStats
    from .website_status import WebsiteStatus
    from .weekly_report_scheduling import WeeklyReportScheduling
    from .workflow import Workflow
    from .workflow_status import WorkflowStatus
    from .workflow_subscriber_statistics import WorkflowSubscriberStatistics

_MODULE_OF = {
    "AbtestsSubject": ".abtests_subject",
    "AbtestsSubjectDetails": ".abtests_subject_details",
    "AbtestsSubjectDetailsEditor": ".abtests_subject_details_editor",
    "AbtestsSubjectDetailsSendSettings": ".abtests_subject_details_send_settings",
    "AbtestsSubjectDetailsStatistics": ".abtests_subject_details_statistics",
    "AbtestsSubjectDetailsVariantsItem": ".abtests_subject_details_variants_item",
    "AbtestsSubjectFromField": ".abtests_subject_from_field",
    "AbtestsSubjectList": ".abtests_subject_list",
    "AbtestsSubjectListItem": ".abtests_subject_list_item",
    "AbtestsSubjectListItemDeliverySettings": ".abtests_subject_list_item_delivery_settings",
    "AbtestsSubjectListItemDeliverySettingsSendOn": ".abtests_subject_list_item_delivery_settings_send_on",
    "AbtestsSubjectListItemDeliverySettingsSendOnTimeZone": ".abtests_subject_list_item_delivery_settings_send_on_time_zone",
    "AbtestsSubjectListItemDeliverySettingsWinnerMode": ".abtests_subject_list_item_delivery_settings_winner_mode",
    "AbtestsSubjectListItemDeliverySettingsWinningCriteria": ".abtests_subject_list_item_delivery_settings_winning_criteria",
    "AbtestsSubjectListItemFlagsItem": ".abtests_subject_list_item_flags_item",
    "AbtestsSubjectListItemStage": ".abtests_subject_list_item_stage",
    "AbtestsSubjectListItemStatus": ".abtests_subject_list_item_status",
    "AbtestsSubjectReplyTo": ".abtests_subject_reply_to",
    "AbtestsSubjectStatistics": ".abtests_subject_statistics",
    "Account": ".account",
    "AccountDict": ".account",
    "AccountBadgeDetails": ".account_badge_details",
    "AccountBilling": ".account_billing",
    "AccountBillingAddonsItem": ".account_billing_addons_item",
    "AccountBillingCreditCardType0": ".account_billing_credit_card_type_0",
    "AccountBillingPaymentMethod": ".account_billing_payment_method",
    "AccountBillingPaymentPlan": ".account_billing_payment_plan",
    "AccountDetailsCountryCode": ".account_details_country_code",
    "AccountDetailsCountryCodeDict": ".account_details_country_code",
    "AccountNumberOfEmployees": ".account_number_of_employees",
    "AccountSummaryReportDetails": ".account_summary_report_details",
    "AccountTimeFormat": ".account_time_format",
    "AccountTimeZone": ".account_time_zone",
    "AccountTimeZoneDict": ".account_time_zone",
    "AccountsLoginHistoryListElement": ".accounts_login_history_list_element",
    "Address": ".address",
    "AddressDict": ".address",
    "Autoresponder": ".autoresponder",
    "AutoresponderDayCondition": ".autoresponder_day_condition",
    "AutoresponderDayConditionOperatorType": ".autoresponder_day_condition_operator_type",
    "AutoresponderDayConditionOperatorType1": ".autoresponder_day_condition_operator_type_1",
    "AutoresponderDetails": ".autoresponder_details",
    "AutoresponderDetailsList": ".autoresponder_details_list",
    "AutoresponderDetailsSendSettings": ".autoresponder_details_send_settings",
    "AutoresponderListItem": ".autoresponder_list_item",
    "AutoresponderSendCustomSettings": ".autoresponder_send_custom_settings",
    "AutoresponderSendDelaySettings": ".autoresponder_send_delay_settings",
    "AutoresponderSendSettingsExcludedDaysOfWeekItem": ".autoresponder_send_settings_excluded_days_of_week_item",
    "AutoresponderSendSettingsInput": ".autoresponder_send_settings_input",
    "AutoresponderSendSettingsInputDict": ".autoresponder_send_settings_input",
    "AutoresponderSendSettingsOutput": ".autoresponder_send_settings_output",
    "AutoresponderSendSettingsType": ".autoresponder_send_settings_type",
    "AutoresponderStatistics": ".autoresponder_statistics",
    "AutoresponderStatisticsDict": ".autoresponder_statistics",
    "AutoresponderTriggerSettings": ".autoresponder_trigger_settings",
    "AutoresponderTriggerSettingsDict": ".autoresponder_trigger_settings",
    "BaseCategory": ".base_category",
    "BaseCreateCustomReport": ".base_create_custom_report",
    "BaseCreateCustomReportDict": ".base_create_custom_report",
    "BaseCreateCustomReportType": ".base_create_custom_report_type",
    "BaseFile": ".base_file",
    "BaseLandingPage": ".base_landing_page",
    "BaseLandingPageUserDomainStatus": ".base_landing_page_user_domain_status",
    "BaseList": ".base_list",
    "BaseMetaField": ".base_meta_field",
    "BaseMetaFieldValueType": ".base_meta_field_value_type",
    "BaseProductVariant": ".base_product_variant",
    "BaseSearchContacts": ".base_search_contacts",
    "BaseSearchContactsDetails": ".base_search_contacts_details",
    "BaseSendSms": ".base_send_sms",
    "BaseSendSmsDict": ".base_send_sms",
    "BaseSendSmsRecipientsType": ".base_send_sms_recipients_type",
    "BaseSuppression": ".base_suppression",
    "BaseTag": ".base_tag",
    "BaseTax": ".base_tax",
    "BaseTaxDict": ".base_tax",
    "Blocklist": ".blocklist",
    "BouncesReportDetails": ".bounces_report_details",
    "Callback": ".callback",
    "CallbackActions": ".callback_actions",
    "CallbackActionsDict": ".callback_actions",
    "Cart": ".cart",
    "CartDict": ".cart",
    "Category": ".category",
    "CategoryDict": ".category",
    "ChooseWinnerAbtestsSubject": ".choose_winner_abtests_subject",
    "ChooseWinnerAbtestsSubjectDict": ".choose_winner_abtests_subject",
    "ClickTrack": ".click_track",
    "ClickTrackMessage": ".click_track_message",
    "ClickTrackMessageResourceType": ".click_track_message_resource_type",
    "ClickTrackMessageType": ".click_track_message_type",
    "ClickTrackResource": ".click_track_resource",
    "ConditionMessageOperator": ".condition_message_operator",
    "ConditionMessageOperatorOperatorType": ".condition_message_operator_operator_type",
    "ConditionStringOperator": ".condition_string_operator",
    "ConditionStringOperatorOperator": ".condition_string_operator_operator",
    "ConditionStringOperatorOperatorType": ".condition_string_operator_operator_type",
    "ConditionTypeConditionType": ".condition_type_condition_type",
    "ConditionType": ".condition_type_model",
    "ConditionTypeDict": ".condition_type_model",
    "Contact": ".contact",
    "ContactActivity": ".contact_activity",
    "ContactActivityActivity": ".contact_activity_activity",
    "ContactActivityClickTrack": ".contact_activity_click_track",
    "ContactActivityResource": ".contact_activity_resource",
    "ContactActivityResourceResourceType": ".contact_activity_resource_resource_type",
    "ContactCustomField": ".contact_custom_field",
    "ContactCustomFieldValue": ".contact_custom_field_value",
    "ContactDetails": ".contact_details",
    "ContactGeolocation": ".contact_geolocation",
    "ContactGeolocationContinentCode": ".contact_geolocation_continent_code",
    "ContactListElement": ".contact_list_element",
    "ContactOrigin": ".contact_origin",
    "ContactTag": ".contact_tag",
    "CreateAndUpdate": ".create_and_update",
    "CreateBatchContactsBody": ".create_batch_contacts_body",
    "CreateBatchContactsBodyDict": ".create_batch_contacts_body",
    "CreateBatchContactsBodyContactsItem": ".create_batch_contacts_body_contacts_item",
    "CreateBatchContactsBodyContactsItemDict": ".create_batch_contacts_body_contacts_item",
    "CreateBatchContactsBodyContactsItemCustomFieldValuesItem": ".create_batch_contacts_body_contacts_item_custom_field_values_item",
    "CreateBatchContactsBodyContactsItemCustomFieldValuesItemDict": ".create_batch_contacts_body_contacts_item_custom_field_values_item",
    "CreateBatchContactsBodyContactsItemTags": ".create_batch_contacts_body_contacts_item_tags",
    "CreateBatchContactsBodyContactsItemTagsDict": ".create_batch_contacts_body_contacts_item_tags",
    "CreateCustomReportScheduling": ".create_custom_report_scheduling",
    "CreateCustomReportSchedulingDict": ".create_custom_report_scheduling",
    "CreateCustomReportSchedulingFrequency": ".create_custom_report_scheduling_frequency",
    "CreateMessageActivityReport": ".create_message_activity_report",
    "CreateMessageActivityReportFilters": ".create_message_activity_report_filters",
    "CreateMessageActivityReportFiltersFilters": ".create_message_activity_report_filters_filters",
    "CreateMultimedia": ".create_multimedia",
    "CreateMultimediaDict": ".create_multimedia",
    "CreateTransactionalEmail": ".create_transactional_email",
    "CreateTransactionalEmailDict": ".create_transactional_email",
    "CreateTransactionalEmailContentType": ".create_transactional_email_content_type",
    "CreateTransactionalEmailTemplate": ".create_transactional_email_template",
    "CreateTransactionalEmailTemplateDict": ".create_transactional_email_template",
    "CrmCondition": ".crm_condition",
    "CrmConditionStageScopeType0": ".crm_condition_stage_scope_type_0",
    "CustomDateRange": ".custom_date_range",
    "CustomEvent": ".custom_event",
    "CustomEventDict": ".custom_event",
    "CustomEventAttribute": ".custom_event_attribute",
    "CustomEventAttributeDetails": ".custom_event_attribute_details",
    "CustomEventAttributeDetailsDict": ".custom_event_attribute_details",
    "CustomEventAttributeType": ".custom_event_attribute_type",
    "CustomEventCondition": ".custom_event_condition",
    "CustomEventConditionDateOperatorType1": ".custom_event_condition_date_operator_type_1",
    "CustomEventConditionDateOperatorType2": ".custom_event_condition_date_operator_type_2",
    "CustomEventConditionOccurrence": ".custom_event_condition_occurrence",
    "CustomEventDetails": ".custom_event_details",
    "CustomField": ".custom_field",
    "CustomFieldCondition": ".custom_field_condition",
    "CustomFieldConditionOperatorType": ".custom_field_condition_operator_type",
    "CustomFieldDateOperatorEnum": ".custom_field_date_operator_enum",
    "CustomFieldFormatEnum": ".custom_field_format_enum",
    "CustomFieldNumericOperatorEnum": ".custom_field_numeric_operator_enum",
    "CustomFieldReference": ".custom_field_reference",
    "CustomFieldResponse": ".custom_field_response",
    "CustomFieldStringOperatorEnum": ".custom_field_string_operator_enum",
    "CustomFieldTypeEnum": ".custom_field_type_enum",
    "CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate": ".custom_field_value_for_operator_type_date_and_operator_specific_date",
    "CustomFieldValueType": ".custom_field_value_type",
    "CustomReport": ".custom_report",
    "CustomReportDaysOfWeekEnum": ".custom_report_days_of_week_enum",
    "CustomReportDetails": ".custom_report_details",
    "CustomReportDetailsFilesItem": ".custom_report_details_files_item",
    "CustomReportFileStatusesEnum": ".custom_report_file_statuses_enum",
    "CustomReportFilterActivityType": ".custom_report_filter_activity_type",
    "CustomReportFilterMessageId": ".custom_report_filter_message_id",
    "CustomReportFrequenciesEnum": ".custom_report_frequencies_enum",
    "CustomReportScheduling": ".custom_report_scheduling",
    "CustomReportTypesEnum": ".custom_report_types_enum",
    "DailyReportScheduling": ".daily_report_scheduling",
    "DirectContent": ".direct_content",
    "ECommerceAbandonedCartCondition": ".e_commerce_abandoned_cart_condition",
    "ECommerceAbandonedCartConditionCartValue": ".e_commerce_abandoned_cart_condition_cart_value",
    "ECommerceAbandonedCartConditionCartValueOperator": ".e_commerce_abandoned_cart_condition_cart_value_operator",
    "ECommerceAbandonedCartConditionDateOperator": ".e_commerce_abandoned_cart_condition_date_operator",
    "ECommerceAbandonedCartConditionShopScopeType0": ".e_commerce_abandoned_cart_condition_shop_scope_type_0",
    "ECommerceBrandPurchasedCondition": ".e_commerce_brand_purchased_condition",
    "ECommerceBrandPurchasedConditionOperator": ".e_commerce_brand_purchased_condition_operator",
    "ECommerceBrandPurchasedConditionOperatorType": ".e_commerce_brand_purchased_condition_operator_type",
    "ECommerceNumberOfPurchasesCondition": ".e_commerce_number_of_purchases_condition",
    "ECommerceNumberOfPurchasesConditionDate": ".e_commerce_number_of_purchases_condition_date",
    "ECommerceNumberOfPurchasesConditionDateOperator": ".e_commerce_number_of_purchases_condition_date_operator",
    "ECommerceNumberOfPurchasesConditionOperator": ".e_commerce_number_of_purchases_condition_operator",
    "ECommerceNumberOfPurchasesConditionOperatorType": ".e_commerce_number_of_purchases_condition_operator_type",
    "ECommerceNumberOfPurchasesConditionScopeType0": ".e_commerce_number_of_purchases_condition_scope_type_0",
    "ECommerceProductPurchasedCondition": ".e_commerce_product_purchased_condition",
    "ECommerceProductPurchasedConditionCategoryScopeType0": ".e_commerce_product_purchased_condition_category_scope_type_0",
    "ECommerceProductPurchasedConditionDateOperatorType1": ".e_commerce_product_purchased_condition_date_operator_type_1",
    "ECommerceProductPurchasedConditionDateOperatorType2": ".e_commerce_product_purchased_condition_date_operator_type_2",
    "ECommerceProductPurchasedConditionOperator": ".e_commerce_product_purchased_condition_operator",
    "ECommerceProductPurchasedConditionOperatorType": ".e_commerce_product_purchased_condition_operator_type",
    "ECommerceProductPurchasedConditionProductScopeType0": ".e_commerce_product_purchased_condition_product_scope_type_0",
    "ECommerceProductPurchasedConditionShopScopeType0": ".e_commerce_product_purchased_condition_shop_scope_type_0",
    "ECommerceTotalSpentCondition": ".e_commerce_total_spent_condition",
    "ECommerceTotalSpentConditionDate": ".e_commerce_total_spent_condition_date",
    "ECommerceTotalSpentConditionDateOperator": ".e_commerce_total_spent_condition_date_operator",
    "ECommerceTotalSpentConditionOperator": ".e_commerce_total_spent_condition_operator",
    "ECommerceTotalSpentConditionOperatorType": ".e_commerce_total_spent_condition_operator_type",
    "ECommerceTotalSpentConditionScopeType0": ".e_commerce_total_spent_condition_scope_type_0",
    "EmailCondition": ".email_condition",
    "EmptyReportFilters": ".empty_report_filters",
    "EmptyReportFiltersFilters": ".empty_report_filters_filters",
    "EngagementScoreCondition": ".engagement_score_condition",
    "EngagementScoreConditionOperator": ".engagement_score_condition_operator",
    "ErrorResponse": ".error_response",
    "ExternalLexpad": ".external_lexpad",
    "ExternalLexpadDict": ".external_lexpad",
    "FacebookPixel": ".facebook_pixel",
    "File": ".file",
    "FileGroup": ".file_group",
    "FileProperty": ".file_property",
    "FilePropertyName": ".file_property_name",
    "Folder": ".folder",
    "FolderShort": ".folder_short",
    "FolderShortDict": ".folder_short",
    "Form": ".form",
    "FormDetails": ".form_details",
    "FormSettings": ".form_settings",
    "FormSettingsAlreadySubscribedType": ".form_settings_already_subscribed_type",
    "FormSettingsForwardDataRequestType": ".form_settings_forward_data_request_type",
    "FormSettingsOptin": ".form_settings_optin",
    "FormSettingsThankYouType": ".form_settings_thank_you_type",
    "FormStatistics": ".form_statistics",
    "FormStatus": ".form_status",
    "FormVariant": ".form_variant",
    "FormVariantDetails": ".form_variant_details",
    "FormVariantDetailsStatus": ".form_variant_details_status",
    "FormVariantDetailsWinner": ".form_variant_details_winner",
    "FormVariantStatus": ".form_variant_status",
    "FromField": ".from_field",
    "FromFieldDomain": ".from_field_domain",
    "FromFieldDomainDKIMWarning": ".from_field_domain_dkim_warning",
    "FromFieldDomainStatus": ".from_field_domain_status",
    "FromFieldReference": ".from_field_reference",
    "FromFieldReferenceDict": ".from_field_reference",
    "GdprCondition": ".gdpr_condition",
    "GdprConditionConsentDate": ".gdpr_condition_consent_date",
    "GdprConditionConsentDateOperator": ".gdpr_condition_consent_date_operator",
    "GdprConditionConsentStatus": ".gdpr_condition_consent_status",
    "GDPRField": ".gdpr_field",
    "GDPRFieldDetails": ".gdpr_field_details",
    "GDPRFieldLatestVersion": ".gdpr_field_latest_version",
    "GeneralPerformanceStats": ".general_performance_stats",
    "GeneralPerformanceStatsOrder": ".general_performance_stats_order",
    "GeneralPerformanceStatsRevenue": ".general_performance_stats_revenue",
    "GeolocationCondition": ".geolocation_condition",
    "GeolocationConditionScope": ".geolocation_condition_scope",
    "GetAbTestSubjectListQuerystage": ".get_ab_test_subject_list_querystage",
    "GetAutoresponderListQuerystatus": ".get_autoresponder_list_querystatus",
    "GetAutoresponderStatisticsCollectionQuerygroupBy": ".get_autoresponder_statistics_collection_querygroup_by",
    "GetAutoresponderThumbnailSize": ".get_autoresponder_thumbnail_size",
    "GetContactListQueryorigin": ".get_contact_list_queryorigin",
    "GetFormListQuerystatus": ".get_form_list_querystatus",
    "GetListStatisticsBalanceQuerygroupBy": ".get_list_statistics_balance_querygroup_by",
    "GetListStatisticsListSizeQuerygroupBy": ".get_list_statistics_list_size_querygroup_by",
    "GetListStatisticsLocationsQuerygroupBy": ".get_list_statistics_locations_querygroup_by",
    "GetListStatisticsOriginsQuerygroupBy": ".get_list_statistics_origins_querygroup_by",
    "GetListStatisticsRemovalsQuerygroupBy": ".get_list_statistics_removals_querygroup_by",
    "GetListStatisticsSubscriptionsQuerygroupBy": ".get_list_statistics_subscriptions_querygroup_by",
    "GetLpsGeneralPerformanceStatsQuerydevice": ".get_lps_general_performance_stats_querydevice",
    "GetLpsListQuerystatus": ".get_lps_list_querystatus",
    "GetNewsletterActivitiesQueryactivity": ".get_newsletter_activities_queryactivity",
    "GetNewsletterListQuerystatus": ".get_newsletter_list_querystatus",
    "GetNewsletterListQuerytype": ".get_newsletter_list_querytype",
    "GetNewsletterStatisticsCollectionQuerygroupBy": ".get_newsletter_statistics_collection_querygroup_by",
    "GetNewsletterThumbnailSize": ".get_newsletter_thumbnail_size",
    "GetPopupGeneralPerformanceQuerydevice": ".get_popup_general_performance_querydevice",
    "GetPopupsListQuerystatus": ".get_popups_list_querystatus",
    "GetRssNewsletterStatisticsCollectionQuerygroupBy": ".get_rss_newsletter_statistics_collection_querygroup_by",
    "GetRssNewslettersListQuerystatus": ".get_rss_newsletters_list_querystatus",
    "GetSingleAutoresponderStatisticsQuerygroupBy": ".get_single_autoresponder_statistics_querygroup_by",
    "GetSingleNewsletterStatisticsQuerygroupBy": ".get_single_newsletter_statistics_querygroup_by",
    "GetSingleRssNewsletterStatisticsCollectionQuerygroupBy": ".get_single_rss_newsletter_statistics_collection_querygroup_by",
    "GetSmsListQuerysendingStatus": ".get_sms_list_querysending_status",
    "GetSmsListQuerytype": ".get_sms_list_querytype",
    "GetSplittestListQuerystatus": ".get_splittest_list_querystatus",
    "GetTransactionalEmailsStatisticsQuerygroupBy": ".get_transactional_emails_statistics_querygroup_by",
    "GetWbeGeneralPerformanceStatsQuerydevice": ".get_wbe_general_performance_stats_querydevice",
    "GetWebinarListQuerystatus": ".get_webinar_list_querystatus",
    "GetWebinarListQuerytype": ".get_webinar_list_querytype",
    "GetWebsitesListQuerystatus": ".get_websites_list_querystatus",
    "GoalCondition": ".goal_condition",
    "GoalConditionOperator": ".goal_condition_operator",
    "GoalConditionOperatorType": ".goal_condition_operator_type",
    "ImageDetails": ".image_details",
    "ImageDetailsExtension": ".image_details_extension",
    "Import": ".import_",
    "ImportErrorReportDetails": ".import_error_report_details",
    "ImportErrorStatistics": ".import_error_statistics",
    "ImportStatistics": ".import_statistics",
    "ImportStatus": ".import_status",
    "IndustryTag": ".industry_tag",
    "IndustryTagId": ".industry_tag_id",
    "IndustryTagIdDict": ".industry_tag_id",
    "IndustryTagProperties": ".industry_tag_properties",
    "IspMessageStatsReportDetails": ".isp_message_stats_report_details",
    "LandingPage": ".landing_page",
    "LandingPageMetaNoindex": ".landing_page_meta_noindex",
    "LandingPageOptin": ".landing_page_optin",
    "LandingPageThankYouPageType": ".landing_page_thank_you_page_type",
    "LandingPageVariant": ".landing_page_variant",
    "LastClickDateCondition": ".last_click_date_condition",
    "LastClickDateConditionOperator": ".last_click_date_condition_operator",
    "LastClickDateConditionOperatorType": ".last_click_date_condition_operator_type",
    "LastOpenDateCondition": ".last_open_date_condition",
    "LastOpenDateConditionOperator": ".last_open_date_condition_operator",
    "LastOpenDateConditionOperatorType": ".last_open_date_condition_operator_type",
    "LastSendDateCondition": ".last_send_date_condition",
    "LastSendDateConditionOperator": ".last_send_date_condition_operator",
    "LastSendDateConditionOperatorType": ".last_send_date_condition_operator_type",
    "LegacyForm": ".legacy_form",
    "LegacyFormStatistics": ".legacy_form_statistics",
    "LinkClickedCondition": ".link_clicked_condition",
    "LinkClickedConditionClickTrackIdType0": ".link_clicked_condition_click_track_id_type_0",
    "LinkClickedConditionOperatorType": ".link_clicked_condition_operator_type",
    "LinkNotClickedCondition": ".link_not_clicked_condition",
    "LinkNotClickedConditionClickTrackIdType0": ".link_not_clicked_condition_click_track_id_type_0",
    "LinkNotClickedConditionDateOperator": ".link_not_clicked_condition_date_operator",
    "LinkNotClickedConditionOperatorType": ".link_not_clicked_condition_operator_type",
    "LinkNotClickedConditionOperatorType0": ".link_not_clicked_condition_operator_type_0",
    "ListAdditionalProperties": ".list_additional_properties",
    "ListBalanceStatisticsList": ".list_balance_statistics_list",
    "ListBalanceStatisticsListAdditionalPropertyType0": ".list_balance_statistics_list_additional_property_type_0",
    "ListBalanceStatisticsListAdditionalPropertyType1": ".list_balance_statistics_list_additional_property_type_1",
    "ListConfirmation": ".list_confirmation",
    "ListConfirmationDict": ".list_confirmation",
    "ListConfirmationMimeType": ".list_confirmation_mime_type",
    "ListConfirmationRedirectType": ".list_confirmation_redirect_type",
    "ListDetails": ".list_details",
    "ListListSizesStatisticsElement": ".list_list_sizes_statistics_element",
    "ListLocationItem": ".list_location_item",
    "ListLocationItemAdditionalProperty": ".list_location_item_additional_property",
    "ListOptinTypes": ".list_optin_types",
    "ListOptinTypesDict": ".list_optin_types",
    "ListOptinTypesApi": ".list_optin_types_api",
    "ListOptinTypesEmail": ".list_optin_types_email",
    "ListOptinTypesImport": ".list_optin_types_import",
    "ListOptinTypesWebform": ".list_optin_types_webform",
    "ListPostal": ".list_postal",
    "ListPostalDict": ".list_postal",
    "ListProfile": ".list_profile",
    "ListProfileDict": ".list_profile",
    "ListReference": ".list_reference",
    "ListReferenceDict": ".list_reference",
    "ListRemovalsStatisticsItemType0": ".list_removals_statistics_item_type_0",
    "ListRemovalsStatisticsItemType1": ".list_removals_statistics_item_type_1",
    "ListRemovalsStatisticsItemType2": ".list_removals_statistics_item_type_2",
    "ListRemovalsStatisticsItemType3": ".list_removals_statistics_item_type_3",
    "ListRemovalsStatisticsItemType4": ".list_removals_statistics_item_type_4",
    "ListRemovalsStatisticsItemType5": ".list_removals_statistics_item_type_5",
    "ListRemovalsStatisticsItemType6": ".list_removals_statistics_item_type_6",
    "ListRemovalsStatisticsItemType7": ".list_removals_statistics_item_type_7",
    "ListRemovalsStatisticsItemType8": ".list_removals_statistics_item_type_8",
    "ListRemovalsStatisticsList": ".list_removals_statistics_list",
    "ListSubscriptionNotifications": ".list_subscription_notifications",
    "ListSubscriptionNotificationsDict": ".list_subscription_notifications",
    "ListSubscriptionStatisticsItem": ".list_subscription_statistics_item",
    "ListSubscriptionStatisticsItemByList": ".list_subscription_statistics_item_by_list",
    "ListSubscriptionStatisticsList": ".list_subscription_statistics_list",
    "ListSummaryItem": ".list_summary_item",
    "ListSummaryItemAdditionalProperty": ".list_summary_item_additional_property",
    "ListSummaryReportDetails": ".list_summary_report_details",
    "ListsElement": ".lists_element",
    "Lps": ".lps",
    "LpsDetails": ".lps_details",
    "LpsDetailsStatistics": ".lps_details_statistics",
    "LpsListItem": ".lps_list_item",
    "LpsListItemStatistics": ".lps_list_item_statistics",
    "LpsListItemStatus": ".lps_list_item_status",
    "LpsPage": ".lps_page",
    "LpsPageStatus": ".lps_page_status",
    "LpsStats": ".lps_stats",
    "MessageActivityReportActivityTypesEnum": ".message_activity_report_activity_types_enum",
    "MessageActivityReportDetails": ".message_activity_report_details",
    "MessageActivityReportFilters": ".message_activity_report_filters",
    "MessageActivityReportFiltersFilters": ".message_activity_report_filters_filters",
    "MessageClicksReportDetails": ".message_clicks_report_details",
    "MessageContent": ".message_content",
    "MessageContentDict": ".message_content",
    "MessageEditorEnum": ".message_editor_enum",
    "MessageFlagsArrayItem": ".message_flags_array_item",
    "MessageNotSentCondition": ".message_not_sent_condition",
    "MessageNotSentConditionOperatorType": ".message_not_sent_condition_operator_type",
    "MessageSentCondition": ".message_sent_condition",
    "MessageSentConditionOperatorType": ".message_sent_condition_operator_type",
    "MessageStatisticsListElement": ".message_statistics_list_element",
    "MessageStatsReportDetails": ".message_stats_report_details",
    "MessageTypeOperator": ".message_type_operator",
    "MetaField": ".meta_field",
    "MetaFieldDict": ".meta_field",
    "MonthlyReportScheduling": ".monthly_report_scheduling",
    "NameCondition": ".name_condition",
    "NewAbtestsSubject": ".new_abtests_subject",
    "NewAbtestsSubjectDict": ".new_abtests_subject",
    "NewAbtestsSubjectDeliverySettings": ".new_abtests_subject_delivery_settings",
    "NewAbtestsSubjectDeliverySettingsDict": ".new_abtests_subject_delivery_settings",
    "NewAbtestsSubjectDeliverySettingsSendOn": ".new_abtests_subject_delivery_settings_send_on",
    "NewAbtestsSubjectDeliverySettingsSendOnDict": ".new_abtests_subject_delivery_settings_send_on",
    "NewAbtestsSubjectDeliverySettingsSendOnSendingType": ".new_abtests_subject_delivery_settings_send_on_sending_type",
    "NewAbtestsSubjectDeliverySettingsSendOnTimeZone": ".new_abtests_subject_delivery_settings_send_on_time_zone",
    "NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict": ".new_abtests_subject_delivery_settings_send_on_time_zone",
    "NewAbtestsSubjectDeliverySettingsWinnerMode": ".new_abtests_subject_delivery_settings_winner_mode",
    "NewAbtestsSubjectDeliverySettingsWinningCriteria": ".new_abtests_subject_delivery_settings_winning_criteria",
    "NewAbtestsSubjectFlagsItem": ".new_abtests_subject_flags_item",
    "NewAbtestsSubjectSendSettings": ".new_abtests_subject_send_settings",
    "NewAbtestsSubjectSendSettingsDict": ".new_abtests_subject_send_settings",
    "NewAddress": ".new_address",
    "NewAddressDict": ".new_address",
    "NewAutoresponder": ".new_autoresponder",
    "NewAutoresponderDict": ".new_autoresponder",
    "NewCart": ".new_cart",
    "NewCartDict": ".new_cart",
    "NewCartSelectedProductVariant": ".new_cart_selected_product_variant",
    "NewCartSelectedProductVariantDict": ".new_cart_selected_product_variant",
    "NewCategory": ".new_category",
    "NewCategoryDict": ".new_category",
    "NewContact": ".new_contact",
    "NewContactDict": ".new_contact",
    "NewContactCustomFieldValue": ".new_contact_custom_field_value",
    "NewContactCustomFieldValueDict": ".new_contact_custom_field_value",
    "NewContactCustomFieldValues": ".new_contact_custom_field_values",
    "NewContactTag": ".new_contact_tag",
    "NewContactTagDict": ".new_contact_tag",
    "NewContactTags": ".new_contact_tags",
    "NewCustomField": ".new_custom_field",
    "NewCustomFieldDict": ".new_custom_field",
    "NewFile": ".new_file",
    "NewFileDict": ".new_file",
    "NewFolder": ".new_folder",
    "NewFolderDict": ".new_folder",
    "NewFromField": ".new_from_field",
    "NewFromFieldDict": ".new_from_field",
    "NewImport": ".new_import",
    "NewImportDict": ".new_import",
    "NewList": ".new_list",
    "NewListDict": ".new_list",
    "NewMessageEditorEnumOutput": ".new_message_editor_enum_output",
    "NewMetaField": ".new_meta_field",
    "NewMetaFieldDict": ".new_meta_field",
    "NewNewsletter": ".new_newsletter",
    "NewNewsletterDict": ".new_newsletter",
    "NewNewsletterType": ".new_newsletter_type",
    "NewOrder": ".new_order",
    "NewOrderDict": ".new_order",
    "NewPredefinedField": ".new_predefined_field",
    "NewPredefinedFieldDict": ".new_predefined_field",
    "NewProduct": ".new_product",
    "NewProductDict": ".new_product",
    "NewProductCategory": ".new_product_category",
    "NewProductCategoryDict": ".new_product_category",
    "NewProductVariant": ".new_product_variant",
    "NewProductVariantDict": ".new_product_variant",
    "NewProductVariantImage": ".new_product_variant_image",
    "NewProductVariantImageDict": ".new_product_variant_image",
    "NewRssNewsletter": ".new_rss_newsletter",
    "NewRssNewsletterDict": ".new_rss_newsletter",
    "NewSearchContacts": ".new_search_contacts",
    "NewSearchContactsDict": ".new_search_contacts",
    "NewSelectedProductVariant": ".new_selected_product_variant",
    "NewSelectedProductVariantDict": ".new_selected_product_variant",
    "NewShop": ".new_shop",
    "NewShopDict": ".new_shop",
    "NewSuppression": ".new_suppression",
    "NewSuppressionDict": ".new_suppression",
    "NewTag": ".new_tag",
    "NewTagDict": ".new_tag",
    "NewTax": ".new_tax",
    "NewTaxDict": ".new_tax",
    "NewTransactionalEmailTag": ".new_transactional_email_tag",
    "NewTransactionalEmailTagDict": ".new_transactional_email_tag",
    "Newsletter": ".newsletter",
    "NewsletterActivity": ".newsletter_activity",
    "NewsletterActivityActivity": ".newsletter_activity_activity",
    "NewsletterActivityContactReference": ".newsletter_activity_contact_reference",
    "NewsletterAttachment": ".newsletter_attachment",
    "NewsletterAttachmentDict": ".newsletter_attachment",
    "NewsletterDetails": ".newsletter_details",
    "NewsletterListElement": ".newsletter_list_element",
    "NewsletterListElementSendMetrics": ".newsletter_list_element_send_metrics",
    "NewsletterListElementSendMetricsStatus": ".newsletter_list_element_send_metrics_status",
    "NewsletterListElementType": ".newsletter_list_element_type",
    "NewsletterSendMetrics": ".newsletter_send_metrics",
    "NewsletterSendMetricsStatus": ".newsletter_send_metrics_status",
    "NewsletterSendSettingsDetails": ".newsletter_send_settings_details",
    "NewsletterSendSettingsDetailsDict": ".newsletter_send_settings_details",
    "NewsletterSendSettingsDetailsSendOn": ".newsletter_send_settings_details_send_on",
    "NewsletterSendSettingsDetailsSendOnDict": ".newsletter_send_settings_details_send_on",
    "NewsletterSendSettingsListing": ".newsletter_send_settings_listing",
    "NewsletterType": ".newsletter_type",
    "NotOpenedCondition": ".not_opened_condition",
    "NotOpenedConditionDateOperator": ".not_opened_condition_date_operator",
    "NotOpenedConditionOperatorType": ".not_opened_condition_operator_type",
    "NotOpenedConditionOperatorType0": ".not_opened_condition_operator_type_0",
    "OneTimeReportScheduling": ".one_time_report_scheduling",
    "OneTimeScheduling": ".one_time_scheduling",
    "OneTimeSchedulingOneTime": ".one_time_scheduling_one_time",
    "OneTimeSchedulingRecurringType0": ".one_time_scheduling_recurring_type_0",
    "OpenedCondition": ".opened_condition",
    "Order": ".order",
    "OrderDict": ".order",
    "OrderResponse": ".order_response",
    "OrderSelectedProductVariant": ".order_selected_product_variant",
    "PopupDetails": ".popup_details",
    "PopupDetailsStatus": ".popup_details_status",
    "PopupDetailsType": ".popup_details_type",
    "PopupGeneralPerformanceStats": ".popup_general_performance_stats",
    "PopupListItem": ".popup_list_item",
    "PopupListItemStatistics": ".popup_list_item_statistics",
    "PopupListItemStatus": ".popup_list_item_status",
    "PopupListItemType": ".popup_list_item_type",
    "PredefinedField": ".predefined_field",
    "Product": ".product",
    "ProductDict": ".product",
    "ProductCategory": ".product_category",
    "ProductVariant": ".product_variant",
    "ProductVariantDict": ".product_variant",
    "Quota": ".quota",
    "RecurringScheduling": ".recurring_scheduling",
    "RecurringSchedulingOneTimeType0": ".recurring_scheduling_one_time_type_0",
    "RecurringSchedulingRecurring": ".recurring_scheduling_recurring",
    "RelationalNumericOperatorEnum": ".relational_numeric_operator_enum",
    "RevenueStatistics": ".revenue_statistics",
    "RevenueStatisticsTimeSeriesItem": ".revenue_statistics_time_series_item",
    "RssNewsletter": ".rss_newsletter",
    "RssNewsletterDetails": ".rss_newsletter_details",
    "RssNewsletterListItem": ".rss_newsletter_list_item",
    "RssNewsletterListSendDailySettings": ".rss_newsletter_list_send_daily_settings",
    "RssNewsletterListSendMonthlySettings": ".rss_newsletter_list_send_monthly_settings",
    "RssNewsletterListSendWeeklySettings": ".rss_newsletter_list_send_weekly_settings",
    "RssNewsletterListSendWeeklySettingsSendAtWeekDay": ".rss_newsletter_list_send_weekly_settings_send_at_week_day",
    "RssNewsletterListing": ".rss_newsletter_listing",
    "RssNewsletterSendDailySettings": ".rss_newsletter_send_daily_settings",
    "RssNewsletterSendMonthlySettings": ".rss_newsletter_send_monthly_settings",
    "RssNewsletterSendMonthlySettingsSendAtMonthDayType1": ".rss_newsletter_send_monthly_settings_send_at_month_day_type_1",
    "RssNewsletterSendSettingsDetails": ".rss_newsletter_send_settings_details",
    "RssNewsletterSendSettingsDetailsDict": ".rss_newsletter_send_settings_details",
    "RssNewsletterSendSettingsDetailsFilter": ".rss_newsletter_send_settings_details_filter",
    "RssNewsletterSendSettingsListing": ".rss_newsletter_send_settings_listing",
    "RssNewsletterSendSettingsListingFilter": ".rss_newsletter_send_settings_listing_filter",
    "RssNewsletterSendWeeklySettings": ".rss_newsletter_send_weekly_settings",
    "RssNewsletterSendWeeklySettingsSendAtWeekDay": ".rss_newsletter_send_weekly_settings_send_at_week_day",
    "ScoringCondition": ".scoring_condition",
    "ScoringConditionOperator": ".scoring_condition_operator",
    "ScoringConditionOperatorType": ".scoring_condition_operator_type",
    "SearchContactSection": ".search_contact_section",
    "SearchContactSectionDict": ".search_contact_section",
    "SearchContactSectionLogicOperator": ".search_contact_section_logic_operator",
    "SearchContactSectionSubscriberCycleItem": ".search_contact_section_subscriber_cycle_item",
    "SearchContactSectionSubscriptionDate": ".search_contact_section_subscription_date",
    "SearchContactsBySearchForm": ".search_contacts_by_search_form",
    "SearchContactsBySearchFormDict": ".search_contacts_by_search_form",
    "SearchContactsConditionsDetails": ".search_contacts_conditions_details",
    "SearchContactsConditionsDetailsSectionLogicOperator": ".search_contacts_conditions_details_section_logic_operator",
    "SearchContactsDetails": ".search_contacts_details",
    "SearchedContactDetails": ".searched_contact_details",
    "SearchedContactDetailsOrigin": ".searched_contact_details_origin",
    "SearchedContactDetailsReason": ".searched_contact_details_reason",
    "SectionCustomSubscriptionDate": ".section_custom_subscription_date",
    "SendNewsletterDraft": ".send_newsletter_draft",
    "SendNewsletterDraftDict": ".send_newsletter_draft",
    "SendSmsToContacts": ".send_sms_to_contacts",
    "SendSmsToContactsSendSettings": ".send_sms_to_contacts_send_settings",
    "SendSmsToContactsSendSettingsContacts": ".send_sms_to_contacts_send_settings_contacts",
    "SendSmsToImportedNumbers": ".send_sms_to_imported_numbers",
    "SendSmsToImportedNumbersSendSettings": ".send_sms_to_imported_numbers_send_settings",
    "SendSmsToImportedNumbersSendSettingsImportedNumbersItem": ".send_sms_to_imported_numbers_send_settings_imported_numbers_item",
    "SendingLimitsListItem": ".sending_limits_list_item",
    "Shop": ".shop",
    "ShopDict": ".shop",
    "ShopDetails": ".shop_details",
    "SmsAutomationDetails": ".sms_automation_details",
    "SmsAutomationDetailsClickTracksItem": ".sms_automation_details_click_tracks_item",
    "SmsAutomationDetailsWorkflowsItem": ".sms_automation_details_workflows_item",
    "SmsAutomationListItem": ".sms_automation_list_item",
    "SmsAutomationListItemStatistics": ".sms_automation_list_item_statistics",
    "SmsAutomationListItemStatus": ".sms_automation_list_item_status",
    "SmsDetails": ".sms_details",
    "SmsDetailsClickTracksItem": ".sms_details_click_tracks_item",
    "SmsDetailsSendSettingsType0": ".sms_details_send_settings_type_0",
    "SmsDetailsSendSettingsType0ContactsType0": ".sms_details_send_settings_type_0_contacts_type_0",
    "SmsDetailsSendSettingsType0ImportedNumbersType0": ".sms_details_send_settings_type_0_imported_numbers_type_0",
    "SmsLinkClickedCondition": ".sms_link_clicked_condition",
    "SmsLinkNotClickedCondition": ".sms_link_not_clicked_condition",
    "SmsListItem": ".sms_list_item",
    "SmsListItemRecipientsType": ".sms_list_item_recipients_type",
    "SmsListItemSendMetrics": ".sms_list_item_send_metrics",
    "SmsListItemSendMetricsStatus": ".sms_list_item_send_metrics_status",
    "SmsListItemSendOnType0": ".sms_list_item_send_on_type_0",
    "SmsListItemSendOnType0TimeZone": ".sms_list_item_send_on_type_0_time_zone",
    "SmsListItemStatistics": ".sms_list_item_statistics",
    "SmsListItemType": ".sms_list_item_type",
    "SmsSenderName": ".sms_sender_name",
    "SmsSenderNameStatusesEnum": ".sms_sender_name_statuses_enum",
    "SmsSentCondition": ".sms_sent_condition",
    "SmsSentConditionDeliveryStatus": ".sms_sent_condition_delivery_status",
    "SmsStats": ".sms_stats",
    "SmsStatsCountryStatistics": ".sms_stats_country_statistics",
    "SmsStatsCountryStatisticsPrice": ".sms_stats_country_statistics_price",
    "SmsStatsLink": ".sms_stats_link",
    "SmsStatsTotalPrice": ".sms_stats_total_price",
    "SortOrderEnum": ".sort_order_enum",
    "SpecificDateEnum": ".specific_date_enum",
    "SpecificDateExtendedEnumType1": ".specific_date_extended_enum_type_1",
    "Splittest": ".splittest",
    "SplittestChooseWinning": ".splittest_choose_winning",
    "SplittestNewsletter": ".splittest_newsletter",
    "SplittestNewsletterStatus": ".splittest_newsletter_status",
    "SplittestSendSettings": ".splittest_send_settings",
    "SplittestStage": ".splittest_stage",
    "SplittestStatus": ".splittest_status",
    "SplittestType": ".splittest_type",
    "SplittestWinningCriteria": ".splittest_winning_criteria",
    "StandardSubscriberActivityReportDetails": ".standard_subscriber_activity_report_details",
    "StatusEnum": ".status_enum",
    "StringBooleanEnum": ".string_boolean_enum",
    "SubscribersTypeEnumForSearching": ".subscribers_type_enum_for_searching",
    "SubscribersTypeEnumForSearchingSubscribersTypeItem": ".subscribers_type_enum_for_searching_subscribers_type_item",
    "SubscribersTypeEnumForSegments": ".subscribers_type_enum_for_segments",
    "SubscribersTypeEnumForSegmentsSubscribersTypeItem": ".subscribers_type_enum_for_segments_subscribers_type_item",
    "SubscriptionConfirmationBody": ".subscription_confirmation_body",
    "SubscriptionConfirmationSubject": ".subscription_confirmation_subject",
    "SubscriptionDateCondition": ".subscription_date_condition",
    "SubscriptionDateConditionOperator": ".subscription_date_condition_operator",
    "SubscriptionDateConditionOperatorType": ".subscription_date_condition_operator_type",
    "SubscriptionMethodCondition": ".subscription_method_condition",
    "SubscriptionMethodConditionMethod": ".subscription_method_condition_method",
    "SubscriptionMethodConditionWebformType": ".subscription_method_condition_webform_type",
    "SubscriptionRejectionsReportDetails": ".subscription_rejections_report_details",
    "Suppression": ".suppression",
    "SuppressionDetails": ".suppression_details",
    "Tag": ".tag",
    "TagCondition": ".tag_condition",
    "TagConditionOperator": ".tag_condition_operator",
    "TagConditionOperatorType": ".tag_condition_operator_type",
    "TagDetails": ".tag_details",
    "Tax": ".tax",
    "TemplateContent": ".template_content",
    "TimeZone": ".time_zone",
    "TimeZoneDict": ".time_zone",
    "Timezone": ".timezone",
    "TimezoneCountry": ".timezone_country",
    "TimezoneId": ".timezone_id",
    "TimezoneName": ".timezone_name",
    "TimezoneOffset": ".timezone_offset",
    "Tracking": ".tracking",
    "TransactionalEmail": ".transactional_email",
    "TransactionalEmailAttachment": ".transactional_email_attachment",
    "TransactionalEmailBounceReportDetails": ".transactional_email_bounce_report_details",
    "TransactionalEmailContent": ".transactional_email_content",
    "TransactionalEmailContentContent": ".transactional_email_content_content",
    "TransactionalEmailDetails": ".transactional_email_details",
    "TransactionalEmailListElement": ".transactional_email_list_element",
    "TransactionalEmailListElementRecipients": ".transactional_email_list_element_recipients",
    "TransactionalEmailListElementRecipientsTo": ".transactional_email_list_element_recipients_to",
    "TransactionalEmailRecipient": ".transactional_email_recipient",
    "TransactionalEmailRecipientDict": ".transactional_email_recipient",
    "TransactionalEmailRecipientClickedLink": ".transactional_email_recipient_clicked_link",
    "TransactionalEmailRecipientDetails": ".transactional_email_recipient_details",
    "TransactionalEmailRecipientSentOnStatus": ".transactional_email_recipient_sent_on_status",
    "TransactionalEmailRecipientStatus": ".transactional_email_recipient_status",
    "TransactionalEmailRecipientStatuses": ".transactional_email_recipient_statuses",
    "TransactionalEmailRecipientTo": ".transactional_email_recipient_to",
    "TransactionalEmailRecipientToDict": ".transactional_email_recipient_to",
    "TransactionalEmailRecipients": ".transactional_email_recipients",
    "TransactionalEmailRecipientsDict": ".transactional_email_recipients",
    "TransactionalEmailRecipientsDetails": ".transactional_email_recipients_details",
    "TransactionalEmailStatistics": ".transactional_email_statistics",
    "TransactionalEmailTag": ".transactional_email_tag",
    "TransactionalEmailTemplate": ".transactional_email_template",
    "TransactionalEmailTemplateContent": ".transactional_email_template_content",
    "TransactionalEmailTemplateContentDict": ".transactional_email_template_content",
    "TransactionalEmailTemplateTemplate": ".transactional_email_template_template",
    "TransactionalEmailTemplateTemplateLexpad": ".transactional_email_template_template_lexpad",
    "TransactionalEmailsTemplateDetails": ".transactional_emails_template_details",
    "TransactionalEmailsTemplateListElement": ".transactional_emails_template_list_element",
    "TransactionalEmailsTemplateListElementEditor": ".transactional_emails_template_list_element_editor",
    "TriggerCustomEvent": ".trigger_custom_event",
    "TriggerCustomEventDict": ".trigger_custom_event",
    "TriggerCustomEventAttribute": ".trigger_custom_event_attribute",
    "TriggerCustomEventAttributeDict": ".trigger_custom_event_attribute",
    "UnconfirmedContactsStatsReportDetails": ".unconfirmed_contacts_stats_report_details",
    "UnsubscribeContactsListsReportDetails": ".unsubscribe_contacts_lists_report_details",
    "UpdateAccountBadgeBody": ".update_account_badge_body",
    "UpdateAccountBadgeBodyDict": ".update_account_badge_body",
    "UpdateAccountBadgeBodyType": ".update_account_badge_body_type",
    "UpdateAccountBlocklistAdditionalFlags": ".update_account_blocklist_additional_flags",
    "UpdateAutoresponder": ".update_autoresponder",
    "UpdateAutoresponderDict": ".update_autoresponder",
    "UpdateBlocklist": ".update_blocklist",
    "UpdateBlocklistDict": ".update_blocklist",
    "UpdateCallbacks": ".update_callbacks",
    "UpdateCallbacksDict": ".update_callbacks",
    "UpdateContact": ".update_contact",
    "UpdateContactDict": ".update_contact",
    "UpdateContactList": ".update_contact_list",
    "UpdateContactListDict": ".update_contact_list",
    "UpdateContactOrigin": ".update_contact_origin",
    "UpdateCustomField": ".update_custom_field",
    "UpdateCustomFieldDict": ".update_custom_field",
    "UpdateList": ".update_list",
    "UpdateListDict": ".update_list",
    "UpdateListBlocklistAdditionalFlags": ".update_list_blocklist_additional_flags",
    "UpdatePredefinedField": ".update_predefined_field",
    "UpdatePredefinedFieldDict": ".update_predefined_field",
    "UpdateRssNewsletter": ".update_rss_newsletter",
    "UpdateRssNewsletterDict": ".update_rss_newsletter",
    "UpdateSearchContacts": ".update_search_contacts",
    "UpdateSearchContactsDict": ".update_search_contacts",
    "UpdateSuppression": ".update_suppression",
    "UpdateSuppressionDict": ".update_suppression",
    "UpdateTag": ".update_tag",
    "UpdateTagDict": ".update_tag",
    "UpdateTransactionalEmailsTemplateBody": ".update_transactional_emails_template_body",
    "UpdateTransactionalEmailsTemplateBodyDict": ".update_transactional_emails_template_body",
    "UpdateWorkflow": ".update_workflow",
    "UpdateWorkflowDict": ".update_workflow",
    "UpdateWorkflowStatus": ".update_workflow_status",
    "UpsertContactCustomFields": ".upsert_contact_custom_fields",
    "UpsertContactCustomFieldsDict": ".upsert_contact_custom_fields",
    "UpsertContactTags": ".upsert_contact_tags",
    "UpsertContactTagsDict": ".upsert_contact_tags",
    "UpsertMetaField": ".upsert_meta_field",
    "UpsertMetaFieldDict": ".upsert_meta_field",
    "UpsertProductCategory": ".upsert_product_category",
    "UpsertProductCategoryDict": ".upsert_product_category",
    "UpsertSingleMetaField": ".upsert_single_meta_field",
    "UpsertSingleMetaFieldDict": ".upsert_single_meta_field",
    "UpsertSingleProductCategory": ".upsert_single_product_category",
    "UpsertSingleProductCategoryDict": ".upsert_single_product_category",
    "UpsertTagsResponse200Item": ".upsert_tags_response_200_item",
    "UserActivityReportDetails": ".user_activity_report_details",
    "Webinar": ".webinar",
    "WebinarConditionContactType": ".webinar_condition_contact_type",
    "WebinarCondition": ".webinar_condition_model",
    "WebinarConditionWebinarCondition": ".webinar_condition_webinar_condition",
    "WebinarNewsletter": ".webinar_newsletter",
    "WebinarParticipantsReportDetails": ".webinar_participants_report_details",
    "WebinarStatistics": ".webinar_statistics",
    "WebinarStatus": ".webinar_status",
    "WebinarType": ".webinar_type",
    "Website": ".website",
    "WebsiteDetails": ".website_details",
    "WebsitePage": ".website_page",
    "WebsitePageStatus": ".website_page_status",
    "WebsiteStatistics": ".website_statistics",
    "WebsiteStats": ".website_stats",
    "WebsiteStatus": ".website_status",
    "WeeklyReportScheduling": ".weekly_report_scheduling",
    "Workflow": ".workflow",
    "WorkflowStatus": ".workflow_status",
    "WorkflowSubscriberStatistics": ".workflow_subscriber_statistics",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AbtestsSubject",
    "AbtestsSubjectDetails",
    "AbtestsSubjectDetailsEditor",
    "AbtestsSubjectDetailsSendSettings",
    "AbtestsSubjectDetailsStatistics",
    "AbtestsSubjectDetailsVariantsItem",
    "AbtestsSubjectFromField",
    "AbtestsSubjectList",
    "AbtestsSubjectListItem",
    "AbtestsSubjectListItemDeliverySettings",
    "AbtestsSubjectListItemDeliverySettingsSendOn",
    "AbtestsSubjectListItemDeliverySettingsSendOnTimeZone",
    "AbtestsSubjectListItemDeliverySettingsWinnerMode",
    "AbtestsSubjectListItemDeliverySettingsWinningCriteria",
    "AbtestsSubjectListItemFlagsItem",
    "AbtestsSubjectListItemStage",
    "AbtestsSubjectListItemStatus",
    "AbtestsSubjectReplyTo",
    "AbtestsSubjectStatistics",
    "Account",
    "AccountBadgeDetails",
    "AccountBilling",
    "AccountBillingAddonsItem",
    "AccountBillingCreditCardType0",
    "AccountBillingPaymentMethod",
    "AccountBillingPaymentPlan",
    "AccountDetailsCountryCode",
    "AccountDetailsCountryCodeDict",
    "AccountDict",
    "AccountNumberOfEmployees",
    "AccountsLoginHistoryListElement",
    "AccountSummaryReportDetails",
    "AccountTimeFormat",
    "AccountTimeZone",
    "AccountTimeZoneDict",
    "Address",
    "AddressDict",
    "Autoresponder",
    "AutoresponderDayCondition",
    "AutoresponderDayConditionOperatorType",
    "AutoresponderDayConditionOperatorType1",
    "AutoresponderDetails",
    "AutoresponderDetailsList",
    "AutoresponderDetailsSendSettings",
    "AutoresponderListItem",
    "AutoresponderSendCustomSettings",
    "AutoresponderSendDelaySettings",
    "AutoresponderSendSettingsExcludedDaysOfWeekItem",
    "AutoresponderSendSettingsInput",
    "AutoresponderSendSettingsInputDict",
    "AutoresponderSendSettingsOutput",
    "AutoresponderSendSettingsType",
    "AutoresponderStatistics",
    "AutoresponderStatisticsDict",
    "AutoresponderTriggerSettings",
    "AutoresponderTriggerSettingsDict",
    "BaseCategory",
    "BaseCreateCustomReport",
    "BaseCreateCustomReportDict",
    "BaseCreateCustomReportType",
    "BaseFile",
    "BaseLandingPage",
    "BaseLandingPageUserDomainStatus",
    "BaseList",
    "BaseMetaField",
    "BaseMetaFieldValueType",
    "BaseProductVariant",
    "BaseSearchContacts",
    "BaseSearchContactsDetails",
    "BaseSendSms",
    "BaseSendSmsDict",
    "BaseSendSmsRecipientsType",
    "BaseSuppression",
    "BaseTag",
    "BaseTax",
    "BaseTaxDict",
    "Blocklist",
    "BouncesReportDetails",
    "Callback",
    "CallbackActions",
    "CallbackActionsDict",
    "Cart",
    "CartDict",
    "Category",
    "CategoryDict",
    "ChooseWinnerAbtestsSubject",
    "ChooseWinnerAbtestsSubjectDict",
    "ClickTrack",
    "ClickTrackMessage",
    "ClickTrackMessageResourceType",
    "ClickTrackMessageType",
    "ClickTrackResource",
    "ConditionMessageOperator",
    "ConditionMessageOperatorOperatorType",
    "ConditionStringOperator",
    "ConditionStringOperatorOperator",
    "ConditionStringOperatorOperatorType",
    "ConditionType",
    "ConditionTypeConditionType",
    "ConditionTypeDict",
    "Contact",
    "ContactActivity",
    "ContactActivityActivity",
    "ContactActivityClickTrack",
    "ContactActivityResource",
    "ContactActivityResourceResourceType",
    "ContactCustomField",
    "ContactCustomFieldValue",
    "ContactDetails",
    "ContactGeolocation",
    "ContactGeolocationContinentCode",
    "ContactListElement",
    "ContactOrigin",
    "ContactTag",
    "CreateAndUpdate",
    "CreateBatchContactsBody",
    "CreateBatchContactsBodyContactsItem",
    "CreateBatchContactsBodyContactsItemCustomFieldValuesItem",
    "CreateBatchContactsBodyContactsItemCustomFieldValuesItemDict",
    "CreateBatchContactsBodyContactsItemDict",
    "CreateBatchContactsBodyContactsItemTags",
    "CreateBatchContactsBodyContactsItemTagsDict",
    "CreateBatchContactsBodyDict",
    "CreateCustomReportScheduling",
    "CreateCustomReportSchedulingDict",
    "CreateCustomReportSchedulingFrequency",
    "CreateMessageActivityReport",
    "CreateMessageActivityReportFilters",
    "CreateMessageActivityReportFiltersFilters",
    "CreateMultimedia",
    "CreateMultimediaDict",
    "CreateTransactionalEmail",
    "CreateTransactionalEmailContentType",
    "CreateTransactionalEmailDict",
    "CreateTransactionalEmailTemplate",
    "CreateTransactionalEmailTemplateDict",
    "CrmCondition",
    "CrmConditionStageScopeType0",
    "CustomDateRange",
    "CustomEvent",
    "CustomEventAttribute",
    "CustomEventAttributeDetails",
    "CustomEventAttributeDetailsDict",
    "CustomEventAttributeType",
    "CustomEventCondition",
    "CustomEventConditionDateOperatorType1",
    "CustomEventConditionDateOperatorType2",
    "CustomEventConditionOccurrence",
    "CustomEventDetails",
    "CustomEventDict",
    "CustomField",
    "CustomFieldCondition",
    "CustomFieldConditionOperatorType",
    "CustomFieldDateOperatorEnum",
    "CustomFieldFormatEnum",
    "CustomFieldNumericOperatorEnum",
    "CustomFieldReference",
    "CustomFieldResponse",
    "CustomFieldStringOperatorEnum",
    "CustomFieldTypeEnum",
    "CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate",
    "CustomFieldValueType",
    "CustomReport",
    "CustomReportDaysOfWeekEnum",
    "CustomReportDetails",
    "CustomReportDetailsFilesItem",
    "CustomReportFileStatusesEnum",
    "CustomReportFilterActivityType",
    "CustomReportFilterMessageId",
    "CustomReportFrequenciesEnum",
    "CustomReportScheduling",
    "CustomReportTypesEnum",
    "DailyReportScheduling",
    "DirectContent",
    "ECommerceAbandonedCartCondition",
    "ECommerceAbandonedCartConditionCartValue",
    "ECommerceAbandonedCartConditionCartValueOperator",
    "ECommerceAbandonedCartConditionDateOperator",
    "ECommerceAbandonedCartConditionShopScopeType0",
    "ECommerceBrandPurchasedCondition",
    "ECommerceBrandPurchasedConditionOperator",
    "ECommerceBrandPurchasedConditionOperatorType",
    "ECommerceNumberOfPurchasesCondition",
    "ECommerceNumberOfPurchasesConditionDate",
    "ECommerceNumberOfPurchasesConditionDateOperator",
    "ECommerceNumberOfPurchasesConditionOperator",
    "ECommerceNumberOfPurchasesConditionOperatorType",
    "ECommerceNumberOfPurchasesConditionScopeType0",
    "ECommerceProductPurchasedCondition",
    "ECommerceProductPurchasedConditionCategoryScopeType0",
    "ECommerceProductPurchasedConditionDateOperatorType1",
    "ECommerceProductPurchasedConditionDateOperatorType2",
    "ECommerceProductPurchasedConditionOperator",
    "ECommerceProductPurchasedConditionOperatorType",
    "ECommerceProductPurchasedConditionProductScopeType0",
    "ECommerceProductPurchasedConditionShopScopeType0",
    "ECommerceTotalSpentCondition",
    "ECommerceTotalSpentConditionDate",
    "ECommerceTotalSpentConditionDateOperator",
    "ECommerceTotalSpentConditionOperator",
    "ECommerceTotalSpentConditionOperatorType",
    "ECommerceTotalSpentConditionScopeType0",
    "EmailCondition",
    "EmptyReportFilters",
    "EmptyReportFiltersFilters",
    "EngagementScoreCondition",
    "EngagementScoreConditionOperator",
    "ErrorResponse",
    "ExternalLexpad",
    "ExternalLexpadDict",
    "FacebookPixel",
    "File",
    "FileGroup",
    "FileProperty",
    "FilePropertyName",
    "Folder",
    "FolderShort",
    "FolderShortDict",
    "Form",
    "FormDetails",
    "FormSettings",
    "FormSettingsAlreadySubscribedType",
    "FormSettingsForwardDataRequestType",
    "FormSettingsOptin",
    "FormSettingsThankYouType",
    "FormStatistics",
    "FormStatus",
    "FormVariant",
    "FormVariantDetails",
    "FormVariantDetailsStatus",
    "FormVariantDetailsWinner",
    "FormVariantStatus",
    "FromField",
    "FromFieldDomain",
    "FromFieldDomainDKIMWarning",
    "FromFieldDomainStatus",
    "FromFieldReference",
    "FromFieldReferenceDict",
    "GdprCondition",
    "GdprConditionConsentDate",
    "GdprConditionConsentDateOperator",
    "GdprConditionConsentStatus",
    "GDPRField",
    "GDPRFieldDetails",
    "GDPRFieldLatestVersion",
    "GeneralPerformanceStats",
    "GeneralPerformanceStatsOrder",
    "GeneralPerformanceStatsRevenue",
    "GeolocationCondition",
    "GeolocationConditionScope",
    "GetAbTestSubjectListQuerystage",
    "GetAutoresponderListQuerystatus",
    "GetAutoresponderStatisticsCollectionQuerygroupBy",
    "GetAutoresponderThumbnailSize",
    "GetContactListQueryorigin",
    "GetFormListQuerystatus",
    "GetListStatisticsBalanceQuerygroupBy",
    "GetListStatisticsListSizeQuerygroupBy",
    "GetListStatisticsLocationsQuerygroupBy",
    "GetListStatisticsOriginsQuerygroupBy",
    "GetListStatisticsRemovalsQuerygroupBy",
    "GetListStatisticsSubscriptionsQuerygroupBy",
    "GetLpsGeneralPerformanceStatsQuerydevice",
    "GetLpsListQuerystatus",
    "GetNewsletterActivitiesQueryactivity",
    "GetNewsletterListQuerystatus",
    "GetNewsletterListQuerytype",
    "GetNewsletterStatisticsCollectionQuerygroupBy",
    "GetNewsletterThumbnailSize",
    "GetPopupGeneralPerformanceQuerydevice",
    "GetPopupsListQuerystatus",
    "GetRssNewslettersListQuerystatus",
    "GetRssNewsletterStatisticsCollectionQuerygroupBy",
    "GetSingleAutoresponderStatisticsQuerygroupBy",
    "GetSingleNewsletterStatisticsQuerygroupBy",
    "GetSingleRssNewsletterStatisticsCollectionQuerygroupBy",
    "GetSmsListQuerysendingStatus",
    "GetSmsListQuerytype",
    "GetSplittestListQuerystatus",
    "GetTransactionalEmailsStatisticsQuerygroupBy",
    "GetWbeGeneralPerformanceStatsQuerydevice",
    "GetWebinarListQuerystatus",
    "GetWebinarListQuerytype",
    "GetWebsitesListQuerystatus",
    "GoalCondition",
    "GoalConditionOperator",
    "GoalConditionOperatorType",
    "ImageDetails",
    "ImageDetailsExtension",
    "Import",
    "ImportErrorReportDetails",
    "ImportErrorStatistics",
    "ImportStatistics",
    "ImportStatus",
    "IndustryTag",
    "IndustryTagId",
    "IndustryTagIdDict",
    "IndustryTagProperties",
    "IspMessageStatsReportDetails",
    "LandingPage",
    "LandingPageMetaNoindex",
    "LandingPageOptin",
    "LandingPageThankYouPageType",
    "LandingPageVariant",
    "LastClickDateCondition",
    "LastClickDateConditionOperator",
    "LastClickDateConditionOperatorType",
    "LastOpenDateCondition",
    "LastOpenDateConditionOperator",
    "LastOpenDateConditionOperatorType",
    "LastSendDateCondition",
    "LastSendDateConditionOperator",
    "LastSendDateConditionOperatorType",
    "LegacyForm",
    "LegacyFormStatistics",
    "LinkClickedCondition",
    "LinkClickedConditionClickTrackIdType0",
    "LinkClickedConditionOperatorType",
    "LinkNotClickedCondition",
    "LinkNotClickedConditionClickTrackIdType0",
    "LinkNotClickedConditionDateOperator",
    "LinkNotClickedConditionOperatorType",
    "LinkNotClickedConditionOperatorType0",
    "ListAdditionalProperties",
    "ListBalanceStatisticsList",
    "ListBalanceStatisticsListAdditionalPropertyType0",
    "ListBalanceStatisticsListAdditionalPropertyType1",
    "ListConfirmation",
    "ListConfirmationDict",
    "ListConfirmationMimeType",
    "ListConfirmationRedirectType",
    "ListDetails",
    "ListListSizesStatisticsElement",
    "ListLocationItem",
    "ListLocationItemAdditionalProperty",
    "ListOptinTypes",
    "ListOptinTypesApi",
    "ListOptinTypesDict",
    "ListOptinTypesEmail",
    "ListOptinTypesImport",
    "ListOptinTypesWebform",
    "ListPostal",
    "ListPostalDict",
    "ListProfile",
    "ListProfileDict",
    "ListReference",
    "ListReferenceDict",
    "ListRemovalsStatisticsItemType0",
    "ListRemovalsStatisticsItemType1",
    "ListRemovalsStatisticsItemType2",
    "ListRemovalsStatisticsItemType3",
    "ListRemovalsStatisticsItemType4",
    "ListRemovalsStatisticsItemType5",
    "ListRemovalsStatisticsItemType6",
    "ListRemovalsStatisticsItemType7",
    "ListRemovalsStatisticsItemType8",
    "ListRemovalsStatisticsList",
    "ListsElement",
    "ListSubscriptionNotifications",
    "ListSubscriptionNotificationsDict",
    "ListSubscriptionStatisticsItem",
    "ListSubscriptionStatisticsItemByList",
    "ListSubscriptionStatisticsList",
    "ListSummaryItem",
    "ListSummaryItemAdditionalProperty",
    "ListSummaryReportDetails",
    "Lps",
    "LpsDetails",
    "LpsDetailsStatistics",
    "LpsListItem",
    "LpsListItemStatistics",
    "LpsListItemStatus",
    "LpsPage",
    "LpsPageStatus",
    "LpsStats",
    "MessageActivityReportActivityTypesEnum",
    "MessageActivityReportDetails",
    "MessageActivityReportFilters",
    "MessageActivityReportFiltersFilters",
    "MessageClicksReportDetails",
    "MessageContent",
    "MessageContentDict",
    "MessageEditorEnum",
    "MessageFlagsArrayItem",
    "MessageNotSentCondition",
    "MessageNotSentConditionOperatorType",
    "MessageSentCondition",
    "MessageSentConditionOperatorType",
    "MessageStatisticsListElement",
    "MessageStatsReportDetails",
    "MessageTypeOperator",
    "MetaField",
    "MetaFieldDict",
    "MonthlyReportScheduling",
    "NameCondition",
    "NewAbtestsSubject",
    "NewAbtestsSubjectDeliverySettings",
    "NewAbtestsSubjectDeliverySettingsDict",
    "NewAbtestsSubjectDeliverySettingsSendOn",
    "NewAbtestsSubjectDeliverySettingsSendOnDict",
    "NewAbtestsSubjectDeliverySettingsSendOnSendingType",
    "NewAbtestsSubjectDeliverySettingsSendOnTimeZone",
    "NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict",
    "NewAbtestsSubjectDeliverySettingsWinnerMode",
    "NewAbtestsSubjectDeliverySettingsWinningCriteria",
    "NewAbtestsSubjectDict",
    "NewAbtestsSubjectFlagsItem",
    "NewAbtestsSubjectSendSettings",
    "NewAbtestsSubjectSendSettingsDict",
    "NewAddress",
    "NewAddressDict",
    "NewAutoresponder",
    "NewAutoresponderDict",
    "NewCart",
    "NewCartDict",
    "NewCartSelectedProductVariant",
    "NewCartSelectedProductVariantDict",
    "NewCategory",
    "NewCategoryDict",
    "NewContact",
    "NewContactCustomFieldValue",
    "NewContactCustomFieldValueDict",
    "NewContactCustomFieldValues",
    "NewContactDict",
    "NewContactTag",
    "NewContactTagDict",
    "NewContactTags",
    "NewCustomField",
    "NewCustomFieldDict",
    "NewFile",
    "NewFileDict",
    "NewFolder",
    "NewFolderDict",
    "NewFromField",
    "NewFromFieldDict",
    "NewImport",
    "NewImportDict",
    "NewList",
    "NewListDict",
    "NewMessageEditorEnumOutput",
    "NewMetaField",
    "NewMetaFieldDict",
    "NewNewsletter",
    "NewNewsletterDict",
    "NewNewsletterType",
    "NewOrder",
    "NewOrderDict",
    "NewPredefinedField",
    "NewPredefinedFieldDict",
    "NewProduct",
    "NewProductCategory",
    "NewProductCategoryDict",
    "NewProductDict",
    "NewProductVariant",
    "NewProductVariantDict",
    "NewProductVariantImage",
    "NewProductVariantImageDict",
    "NewRssNewsletter",
    "NewRssNewsletterDict",
    "NewSearchContacts",
    "NewSearchContactsDict",
    "NewSelectedProductVariant",
    "NewSelectedProductVariantDict",
    "NewShop",
    "NewShopDict",
    "Newsletter",
    "NewsletterActivity",
    "NewsletterActivityActivity",
    "NewsletterActivityContactReference",
    "NewsletterAttachment",
    "NewsletterAttachmentDict",
    "NewsletterDetails",
    "NewsletterListElement",
    "NewsletterListElementSendMetrics",
    "NewsletterListElementSendMetricsStatus",
    "NewsletterListElementType",
    "NewsletterSendMetrics",
    "NewsletterSendMetricsStatus",
    "NewsletterSendSettingsDetails",
    "NewsletterSendSettingsDetailsDict",
    "NewsletterSendSettingsDetailsSendOn",
    "NewsletterSendSettingsDetailsSendOnDict",
    "NewsletterSendSettingsListing",
    "NewsletterType",
    "NewSuppression",
    "NewSuppressionDict",
    "NewTag",
    "NewTagDict",
    "NewTax",
    "NewTaxDict",
    "NewTransactionalEmailTag",
    "NewTransactionalEmailTagDict",
    "NotOpenedCondition",
    "NotOpenedConditionDateOperator",
    "NotOpenedConditionOperatorType",
    "NotOpenedConditionOperatorType0",
    "OneTimeReportScheduling",
    "OneTimeScheduling",
    "OneTimeSchedulingOneTime",
    "OneTimeSchedulingRecurringType0",
    "OpenedCondition",
    "Order",
    "OrderDict",
    "OrderResponse",
    "OrderSelectedProductVariant",
    "PopupDetails",
    "PopupDetailsStatus",
    "PopupDetailsType",
    "PopupGeneralPerformanceStats",
    "PopupListItem",
    "PopupListItemStatistics",
    "PopupListItemStatus",
    "PopupListItemType",
    "PredefinedField",
    "Product",
    "ProductCategory",
    "ProductDict",
    "ProductVariant",
    "ProductVariantDict",
    "Quota",
    "RecurringScheduling",
    "RecurringSchedulingOneTimeType0",
    "RecurringSchedulingRecurring",
    "RelationalNumericOperatorEnum",
    "RevenueStatistics",
    "RevenueStatisticsTimeSeriesItem",
    "RssNewsletter",
    "RssNewsletterDetails",
    "RssNewsletterListing",
    "RssNewsletterListItem",
    "RssNewsletterListSendDailySettings",
    "RssNewsletterListSendMonthlySettings",
    "RssNewsletterListSendWeeklySettings",
    "RssNewsletterListSendWeeklySettingsSendAtWeekDay",
    "RssNewsletterSendDailySettings",
    "RssNewsletterSendMonthlySettings",
    "RssNewsletterSendMonthlySettingsSendAtMonthDayType1",
    "RssNewsletterSendSettingsDetails",
    "RssNewsletterSendSettingsDetailsDict",
    "RssNewsletterSendSettingsDetailsFilter",
    "RssNewsletterSendSettingsListing",
    "RssNewsletterSendSettingsListingFilter",
    "RssNewsletterSendWeeklySettings",
    "RssNewsletterSendWeeklySettingsSendAtWeekDay",
    "ScoringCondition",
    "ScoringConditionOperator",
    "ScoringConditionOperatorType",
    "SearchContactsBySearchForm",
    "SearchContactsBySearchFormDict",
    "SearchContactsConditionsDetails",
    "SearchContactsConditionsDetailsSectionLogicOperator",
    "SearchContactsDetails",
    "SearchContactSection",
    "SearchContactSectionDict",
    "SearchContactSectionLogicOperator",
    "SearchContactSectionSubscriberCycleItem",
    "SearchContactSectionSubscriptionDate",
    "SearchedContactDetails",
    "SearchedContactDetailsOrigin",
    "SearchedContactDetailsReason",
    "SectionCustomSubscriptionDate",
    "SendingLimitsListItem",
    "SendNewsletterDraft",
    "SendNewsletterDraftDict",
    "SendSmsToContacts",
    "SendSmsToContactsSendSettings",
    "SendSmsToContactsSendSettingsContacts",
    "SendSmsToImportedNumbers",
    "SendSmsToImportedNumbersSendSettings",
    "SendSmsToImportedNumbersSendSettingsImportedNumbersItem",
    "Shop",
    "ShopDetails",
    "ShopDict",
    "SmsAutomationDetails",
    "SmsAutomationDetailsClickTracksItem",
    "SmsAutomationDetailsWorkflowsItem",
    "SmsAutomationListItem",
    "SmsAutomationListItemStatistics",
    "SmsAutomationListItemStatus",
    "SmsDetails",
    "SmsDetailsClickTracksItem",
    "SmsDetailsSendSettingsType0",
    "SmsDetailsSendSettingsType0ContactsType0",
    "SmsDetailsSendSettingsType0ImportedNumbersType0",
    "SmsLinkClickedCondition",
    "SmsLinkNotClickedCondition",
    "SmsListItem",
    "SmsListItemRecipientsType",
    "SmsListItemSendMetrics",
    "SmsListItemSendMetricsStatus",
    "SmsListItemSendOnType0",
    "SmsListItemSendOnType0TimeZone",
    "SmsListItemStatistics",
    "SmsListItemType",
    "SmsSenderName",
    "SmsSenderNameStatusesEnum",
    "SmsSentCondition",
    "SmsSentConditionDeliveryStatus",
    "SmsStats",
    "SmsStatsCountryStatistics",
    "SmsStatsCountryStatisticsPrice",
    "SmsStatsLink",
    "SmsStatsTotalPrice",
    "SortOrderEnum",
    "SpecificDateEnum",
    "SpecificDateExtendedEnumType1",
    "Splittest",
    "SplittestChooseWinning",
    "SplittestNewsletter",
    "SplittestNewsletterStatus",
    "SplittestSendSettings",
    "SplittestStage",
    "SplittestStatus",
    "SplittestType",
    "SplittestWinningCriteria",
    "StandardSubscriberActivityReportDetails",
    "StatusEnum",
    "StringBooleanEnum",
    "SubscribersTypeEnumForSearching",
    "SubscribersTypeEnumForSearchingSubscribersTypeItem",
    "SubscribersTypeEnumForSegments",
    "SubscribersTypeEnumForSegmentsSubscribersTypeItem",
    "SubscriptionConfirmationBody",
    "SubscriptionConfirmationSubject",
    "SubscriptionDateCondition",
    "SubscriptionDateConditionOperator",
    "SubscriptionDateConditionOperatorType",
    "SubscriptionMethodCondition",
    "SubscriptionMethodConditionMethod",
    "SubscriptionMethodConditionWebformType",
    "SubscriptionRejectionsReportDetails",
    "Suppression",
    "SuppressionDetails",
    "Tag",
    "TagCondition",
    "TagConditionOperator",
    "TagConditionOperatorType",
    "TagDetails",
    "Tax",
    "TemplateContent",
    "TimeZone",
    "Timezone",
    "TimezoneCountry",
    "TimeZoneDict",
    "TimezoneId",
    "TimezoneName",
    "TimezoneOffset",
    "Tracking",
    "TransactionalEmail",
    "TransactionalEmailAttachment",
    "TransactionalEmailBounceReportDetails",
    "TransactionalEmailContent",
    "TransactionalEmailContentContent",
    "TransactionalEmailDetails",
    "TransactionalEmailListElement",
    "TransactionalEmailListElementRecipients",
    "TransactionalEmailListElementRecipientsTo",
    "TransactionalEmailRecipient",
    "TransactionalEmailRecipientClickedLink",
    "TransactionalEmailRecipientDetails",
    "TransactionalEmailRecipientDict",
    "TransactionalEmailRecipients",
    "TransactionalEmailRecipientsDetails",
    "TransactionalEmailRecipientsDict",
    "TransactionalEmailRecipientSentOnStatus",
    "TransactionalEmailRecipientStatus",
    "TransactionalEmailRecipientStatuses",
    "TransactionalEmailRecipientTo",
    "TransactionalEmailRecipientToDict",
    "TransactionalEmailStatistics",
    "TransactionalEmailsTemplateDetails",
    "TransactionalEmailsTemplateListElement",
    "TransactionalEmailsTemplateListElementEditor",
    "TransactionalEmailTag",
    "TransactionalEmailTemplate",
    "TransactionalEmailTemplateContent",
    "TransactionalEmailTemplateContentDict",
    "TransactionalEmailTemplateTemplate",
    "TransactionalEmailTemplateTemplateLexpad",
    "TriggerCustomEvent",
    "TriggerCustomEventAttribute",
    "TriggerCustomEventAttributeDict",
    "TriggerCustomEventDict",
    "UnconfirmedContactsStatsReportDetails",
    "UnsubscribeContactsListsReportDetails",
    "UpdateAccountBadgeBody",
    "UpdateAccountBadgeBodyDict",
    "UpdateAccountBadgeBodyType",
    "UpdateAccountBlocklistAdditionalFlags",
    "UpdateAutoresponder",
    "UpdateAutoresponderDict",
    "UpdateBlocklist",
    "UpdateBlocklistDict",
    "UpdateCallbacks",
    "UpdateCallbacksDict",
    "UpdateContact",
    "UpdateContactDict",
    "UpdateContactList",
    "UpdateContactListDict",
    "UpdateContactOrigin",
    "UpdateCustomField",
    "UpdateCustomFieldDict",
    "UpdateList",
    "UpdateListBlocklistAdditionalFlags",
    "UpdateListDict",
    "UpdatePredefinedField",
    "UpdatePredefinedFieldDict",
    "UpdateRssNewsletter",
    "UpdateRssNewsletterDict",
    "UpdateSearchContacts",
    "UpdateSearchContactsDict",
    "UpdateSuppression",
    "UpdateSuppressionDict",
    "UpdateTag",
    "UpdateTagDict",
    "UpdateTransactionalEmailsTemplateBody",
    "UpdateTransactionalEmailsTemplateBodyDict",
    "UpdateWorkflow",
    "UpdateWorkflowDict",
    "UpdateWorkflowStatus",
    "UpsertContactCustomFields",
    "UpsertContactCustomFieldsDict",
    "UpsertContactTags",
    "UpsertContactTagsDict",
    "UpsertMetaField",
    "UpsertMetaFieldDict",
    "UpsertProductCategory",
    "UpsertProductCategoryDict",
    "UpsertSingleMetaField",
    "UpsertSingleMetaFieldDict",
    "UpsertSingleProductCategory",
    "UpsertSingleProductCategoryDict",
    "UpsertTagsResponse200Item",
    "UserActivityReportDetails",
    "Webinar",
    "WebinarCondition",
    "WebinarConditionContactType",
    "WebinarConditionWebinarCondition",
    "WebinarNewsletter",
    "WebinarParticipantsReportDetails",
    "WebinarStatistics",
    "WebinarStatus",
    "WebinarType",
    "Website",
    "WebsiteDetails",
    "WebsitePage",
    "WebsitePageStatus",
    "WebsiteStatistics",
    "WebsiteStats",
    "WebsiteStatus",
    "WeeklyReportScheduling",
    "Workflow",
    "WorkflowStatus",
    "WorkflowSubscriberStatistics",
)
