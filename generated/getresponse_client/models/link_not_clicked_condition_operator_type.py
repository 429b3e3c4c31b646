from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class LinkNotClickedConditionOperatorType(StrEnum):
    COMPLEX_MESSAGE_OPERATOR = "complex_message_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LinkNotClickedConditionOperatorType | None":
        return unknown_enum_member(cls, value)
