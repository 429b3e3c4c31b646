from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomFieldStringOperatorEnum(StrEnum):
    ASSIGNED = "assigned"
    CONTAINS = "contains"
    ENDS = "ends"
    IS = "is"
    IS_NOT = "is_not"
    NOT_ASSIGNED = "not_assigned"
    NOT_CONTAINS = "not_contains"
    NOT_ENDS = "not_ends"
    NOT_STARTS = "not_starts"
    STARTS = "starts"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomFieldStringOperatorEnum | None":
        return unknown_enum_member(cls, value)
