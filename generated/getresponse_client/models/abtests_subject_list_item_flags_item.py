from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class AbtestsSubjectListItemFlagsItem(StrEnum):
    CLICKTRACK = "clicktrack"
    CUSTOM_FOOTER = "custom_footer"
    ECOMMERCE_TRACKING = "ecommerce_tracking"
    GOOGLE_ANALYTICS = "google_analytics"
    MANUAL_LIST = "manual_list"
    OPENRATE = "openrate"
    SUBSCRIPTION_REMINDER = "subscription_reminder"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AbtestsSubjectListItemFlagsItem | None":
        return unknown_enum_member(cls, value)
