from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class LastSendDateConditionOperatorType(StrEnum):
    DATE_OPERATOR = "date_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LastSendDateConditionOperatorType | None":
        return unknown_enum_member(cls, value)
