from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GoalConditionOperatorType(StrEnum):
    NUMERIC_OPERATOR = "numeric_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GoalConditionOperatorType | None":
        return unknown_enum_member(cls, value)
