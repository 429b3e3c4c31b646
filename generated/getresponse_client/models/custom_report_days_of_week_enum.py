from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomReportDaysOfWeekEnum(StrEnum):
    FRIDAY = "friday"
    MONDAY = "monday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"
    THURSDAY = "thursday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomReportDaysOfWeekEnum | None":
        return unknown_enum_member(cls, value)
