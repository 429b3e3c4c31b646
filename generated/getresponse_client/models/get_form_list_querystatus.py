from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GetFormListQuerystatus(StrEnum):
    DISABLED = "disabled"
    DRAFT = "draft"
    ENABLED = "enabled"
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetFormListQuerystatus | None":
        return unknown_enum_member(cls, value)
