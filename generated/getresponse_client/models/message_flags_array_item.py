from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class MessageFlagsArrayItem(StrEnum):
    CLICKTRACK = "clicktrack"
    GOOGLE_ANALYTICS = "google_analytics"
    OPENRATE = "openrate"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageFlagsArrayItem | None":
        return unknown_enum_member(cls, value)
