from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class WebsiteStatus(StrEnum):
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebsiteStatus | None":
        return unknown_enum_member(cls, value)
