from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ImportStatus(StrEnum):
    APPROVED = "approved"
    CANCELED = "canceled"
    FINISHED = "finished"
    REJECTED = "rejected"
    REVIEW = "review"
    TO_REVIEW = "to_review"
    UPLOADED = "uploaded"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ImportStatus | None":
        return unknown_enum_member(cls, value)
