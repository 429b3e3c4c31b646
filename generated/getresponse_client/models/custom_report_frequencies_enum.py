from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomReportFrequenciesEnum(StrEnum):
    DAILY = "daily"
    MONTHLY = "monthly"
    ONE_TIME = "one_time"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomReportFrequenciesEnum | None":
        return unknown_enum_member(cls, value)
