from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NewsletterSendMetricsStatus(StrEnum):
    FINISHED = "finished"
    IN_PROGRESS = "in_progress"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NewsletterSendMetricsStatus | None":
        return unknown_enum_member(cls, value)
