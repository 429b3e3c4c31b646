from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class LastOpenDateConditionOperator(StrEnum):
    CUSTOM = "custom"
    DATE_FROM = "date_from"
    DATE_TO = "date_to"
    SPECIFIC_DATE = "specific_date"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LastOpenDateConditionOperator | None":
        return unknown_enum_member(cls, value)
