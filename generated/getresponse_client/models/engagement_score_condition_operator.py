from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class EngagementScoreConditionOperator(StrEnum):
    NUMERIC_EQ = "numeric_eq"
    NUMERIC_GT = "numeric_gt"
    NUMERIC_GT_EQ = "numeric_gt_eq"
    NUMERIC_LT = "numeric_lt"
    NUMERIC_LT_EQ = "numeric_lt_eq"
    NUMERIC_NOT_EQ = "numeric_not_eq"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EngagementScoreConditionOperator | None":
        return unknown_enum_member(cls, value)
