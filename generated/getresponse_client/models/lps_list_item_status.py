from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class LpsListItemStatus(StrEnum):
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LpsListItemStatus | None":
        return unknown_enum_member(cls, value)
