from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NewsletterListElementType(StrEnum):
    BROADCAST = "broadcast"
    DRAFT = "draft"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NewsletterListElementType | None":
        return unknown_enum_member(cls, value)
