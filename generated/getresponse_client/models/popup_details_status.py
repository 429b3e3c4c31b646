from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class PopupDetailsStatus(StrEnum):
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PopupDetailsStatus | None":
        return unknown_enum_member(cls, value)
