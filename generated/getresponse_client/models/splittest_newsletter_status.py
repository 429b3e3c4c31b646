from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SplittestNewsletterStatus(StrEnum):
    CHOSEN = "chosen"
    REJECTED = "rejected"
    SAMPLED = "sampled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SplittestNewsletterStatus | None":
        return unknown_enum_member(cls, value)
