from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GetNewsletterListQuerytype(StrEnum):
    AUTOMATION = "automation"
    BROADCAST = "broadcast"
    DRAFT = "draft"
    SPLITTEST = "splittest"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetNewsletterListQuerytype | None":
        return unknown_enum_member(cls, value)
