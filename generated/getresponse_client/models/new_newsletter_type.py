from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NewNewsletterType(StrEnum):
    BROADCAST = "broadcast"
    DRAFT = "draft"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NewNewsletterType | None":
        return unknown_enum_member(cls, value)
