from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class FormStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FormStatus | None":
        return unknown_enum_member(cls, value)
