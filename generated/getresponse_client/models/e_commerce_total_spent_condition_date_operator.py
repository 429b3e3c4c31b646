from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ECommerceTotalSpentConditionDateOperator(StrEnum):
    ANYTIME = "anytime"
    CUSTOM = "custom"
    LAST_2_MONTHS = "last_2_months"
    LAST_MONTH = "last_month"
    LAST_N_DAYS = "last_n_days"
    LAST_WEEK = "last_week"
    THIS_MONTH = "this_month"
    THIS_WEEK = "this_week"
    TODAY = "today"
    YESTERDAY = "yesterday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ECommerceTotalSpentConditionDateOperator | None":
        return unknown_enum_member(cls, value)
