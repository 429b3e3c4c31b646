from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class BaseCreateCustomReportType(StrEnum):
    ACCOUNT_SUMMARY_REPORT = "account_summary_report"
    BOUNCES = "bounces"
    IMPORT_ERROR_REPORT = "import_error_report"
    ISP_MESSAGE_STATS_REPORT = "isp_message_stats_report"
    LIST_SUMMARY_REPORT = "list_summary_report"
    MESSAGE_ACTIVITY_REPORT = "message_activity_report"
    MESSAGE_CLICKS_REPORT = "message_clicks_report"
    MESSAGE_STATS = "message_stats"
    STANDARD_SUBSCRIBER_ACTIVITY_REPORT = "standard_subscriber_activity_report"
    SUBSCRIPTION_REJECTIONS = "subscription_rejections"
    TRANSACTIONAL_EMAIL_BOUNCE_REPORT = "transactional_email_bounce_report"
    UNCONFIRMED_CONTACTS_STATS_REPORT = "unconfirmed_contacts_stats_report"
    UNSUBSCRIBE_CONTACTS_LISTS_REPORT = "unsubscribe_contacts_lists_report"
    USER_ACTIVITY = "user_activity"
    WEBINAR_PARTICIPANTS_REPORT = "webinar_participants_report"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BaseCreateCustomReportType | None":
        return unknown_enum_member(cls, value)
