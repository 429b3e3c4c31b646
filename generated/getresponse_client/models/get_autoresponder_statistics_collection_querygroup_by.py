from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GetAutoresponderStatisticsCollectionQuerygroupBy(StrEnum):
    DAY = "day"
    HOUR = "hour"
    MONTH = "month"
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetAutoresponderStatisticsCollectionQuerygroupBy | None":
        return unknown_enum_member(cls, value)
