from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class MessageNotSentConditionOperatorType(StrEnum):
    MESSAGE_OPERATOR = "message_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageNotSentConditionOperatorType | None":
        return unknown_enum_member(cls, value)
