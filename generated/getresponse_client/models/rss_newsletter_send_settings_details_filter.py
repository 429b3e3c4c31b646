from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class RssNewsletterSendSettingsDetailsFilter(StrEnum):
    COMMENTED = "commented"
    ENGAGED = "engaged"
    RECENT = "recent"
    SHARED = "shared"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RssNewsletterSendSettingsDetailsFilter | None":
        return unknown_enum_member(cls, value)
