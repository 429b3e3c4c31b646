from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GdprConditionConsentDateOperator(StrEnum):
    ANYTIME = "anytime"
    DATE_FROM = "date_from"
    DATE_TO = "date_to"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GdprConditionConsentDateOperator | None":
        return unknown_enum_member(cls, value)
