from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomEventConditionDateOperatorType1(StrEnum):
    ANYTIME = "anytime"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomEventConditionDateOperatorType1 | None":
        return unknown_enum_member(cls, value)
