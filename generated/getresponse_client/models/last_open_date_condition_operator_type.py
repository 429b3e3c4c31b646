from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class LastOpenDateConditionOperatorType(StrEnum):
    DATE_OPERATOR = "date_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LastOpenDateConditionOperatorType | None":
        return unknown_enum_member(cls, value)
