from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class AutoresponderDayConditionOperatorType1(StrEnum):
    ASSIGNED = "assigned"
    NOT_ASSIGNED = "not_assigned"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AutoresponderDayConditionOperatorType1 | None":
        return unknown_enum_member(cls, value)
