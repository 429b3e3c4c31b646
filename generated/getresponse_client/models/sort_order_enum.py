from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SortOrderEnum(StrEnum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SortOrderEnum | None":
        return unknown_enum_member(cls, value)
