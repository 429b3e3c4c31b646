from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SplittestChooseWinning(StrEnum):
    AUTOMATIC = "automatic"
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SplittestChooseWinning | None":
        return unknown_enum_member(cls, value)
