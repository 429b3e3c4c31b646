from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SmsAutomationListItemStatus(StrEnum):
    IN_USE = "in_use"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsAutomationListItemStatus | None":
        return unknown_enum_member(cls, value)
