from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NotOpenedConditionDateOperator(StrEnum):
    DATE_FROM = "date_from"
    LAST_30_DAYS = "last_30_days"
    LAST_7_DAYS = "last_7_days"
    LAST_N_DAYS = "last_n_days"
    NEVER = "never"
    THIS_MONTH = "this_month"
    THIS_WEEK = "this_week"
    TODAY = "today"
    YESTERDAY = "yesterday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NotOpenedConditionDateOperator | None":
        return unknown_enum_member(cls, value)
