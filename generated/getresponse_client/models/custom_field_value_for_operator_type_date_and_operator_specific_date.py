from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate(StrEnum):
    LAST_2_MONTHS = "last_2_months"
    LAST_30_DAYS = "last_30_days"
    LAST_7_DAYS = "last_7_days"
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
    def _missing_(cls, value: object) -> "CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | None":
        return unknown_enum_member(cls, value)
