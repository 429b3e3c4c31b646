from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ECommerceAbandonedCartConditionDateOperator(StrEnum):
    ANYTIME = "anytime"
    CUSTOM = "custom"
    DATE_FROM = "date_from"
    LAST_MONTH = "last_month"
    LAST_N_DAYS = "last_n_days"
    LAST_WEEK = "last_week"
    NEVER = "never"
    THIS_MONTH = "this_month"
    THIS_WEEK = "this_week"
    TODAY = "today"
    YESTERDAY = "yesterday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ECommerceAbandonedCartConditionDateOperator | None":
        return unknown_enum_member(cls, value)
