from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class WebinarConditionWebinarCondition(StrEnum):
    NOT_PARTICIPATED = "not_participated"
    PARTICIPATED = "participated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebinarConditionWebinarCondition | None":
        return unknown_enum_member(cls, value)
