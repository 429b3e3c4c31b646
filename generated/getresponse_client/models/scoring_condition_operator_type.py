from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ScoringConditionOperatorType(StrEnum):
    NOT_EXISTS = "not_exists"
    NUMERIC_OPERATOR = "numeric_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ScoringConditionOperatorType | None":
        return unknown_enum_member(cls, value)
