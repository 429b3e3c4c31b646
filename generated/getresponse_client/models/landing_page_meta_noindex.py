from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class LandingPageMetaNoindex(StrEnum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LandingPageMetaNoindex | None":
        return unknown_enum_member(cls, value)
