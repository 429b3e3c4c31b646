from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ListConfirmationMimeType(StrEnum):
    COMBO = "combo"
    TEXTHTML = "text/html"
    TEXTPLAIN = "text/plain"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListConfirmationMimeType | None":
        return unknown_enum_member(cls, value)
