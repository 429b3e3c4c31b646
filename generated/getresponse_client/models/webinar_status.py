from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class WebinarStatus(StrEnum):
    FINISHED = "finished"
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebinarStatus | None":
        return unknown_enum_member(cls, value)
