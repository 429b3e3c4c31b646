from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GetSplittestListQuerystatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetSplittestListQuerystatus | None":
        return unknown_enum_member(cls, value)
