from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SpecificDateExtendedEnumType1(StrEnum):
    LAST_2_MONTHS = "last_2_months"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SpecificDateExtendedEnumType1 | None":
        return unknown_enum_member(cls, value)
