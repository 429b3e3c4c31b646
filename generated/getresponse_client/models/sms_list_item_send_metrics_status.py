from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SmsListItemSendMetricsStatus(StrEnum):
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsListItemSendMetricsStatus | None":
        return unknown_enum_member(cls, value)
