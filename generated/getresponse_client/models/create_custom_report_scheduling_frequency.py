from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CreateCustomReportSchedulingFrequency(StrEnum):
    ONE_TIME = "one_time"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateCustomReportSchedulingFrequency | None":
        return unknown_enum_member(cls, value)
