from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NotOpenedConditionOperatorType(StrEnum):
    COMPLEX_MESSAGE_OPERATOR = "complex_message_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NotOpenedConditionOperatorType | None":
        return unknown_enum_member(cls, value)
