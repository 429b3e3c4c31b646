from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NewsletterType(StrEnum):
    BROADCAST = "broadcast"
    DRAFT = "draft"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NewsletterType | None":
        return unknown_enum_member(cls, value)
