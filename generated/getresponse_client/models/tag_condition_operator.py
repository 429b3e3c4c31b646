from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class TagConditionOperator(StrEnum):
    EXISTS = "exists"
    NOT_EXISTS = "not_exists"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TagConditionOperator | None":
        return unknown_enum_member(cls, value)
