from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SplittestType(StrEnum):
    CONTENT = "content"
    DAY = "day"
    FROM_FIELD = "from_field"
    HOUR = "hour"
    SUBJECT = "subject"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SplittestType | None":
        return unknown_enum_member(cls, value)
