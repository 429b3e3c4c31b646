from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class PopupDetailsType(StrEnum):
    INLINE = "inline"
    POPUP = "popup"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PopupDetailsType | None":
        return unknown_enum_member(cls, value)
