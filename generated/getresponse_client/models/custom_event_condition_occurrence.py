from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomEventConditionOccurrence(StrEnum):
    NOT_OCCURRED = "not_occurred"
    OCCURRED = "occurred"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomEventConditionOccurrence | None":
        return unknown_enum_member(cls, value)
