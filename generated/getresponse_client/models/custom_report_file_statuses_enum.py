from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomReportFileStatusesEnum(StrEnum):
    ERROR = "error"
    IN_PROGRESS = "in-progress"
    PENDING = "pending"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomReportFileStatusesEnum | None":
        return unknown_enum_member(cls, value)
