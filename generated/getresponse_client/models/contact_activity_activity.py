from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ContactActivityActivity(StrEnum):
    CLICK = "click"
    OPEN = "open"
    SEND = "send"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ContactActivityActivity | None":
        return unknown_enum_member(cls, value)
