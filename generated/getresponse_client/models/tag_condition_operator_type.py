from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class TagConditionOperatorType(StrEnum):
    EXISTS = "exists"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TagConditionOperatorType | None":
        return unknown_enum_member(cls, value)
