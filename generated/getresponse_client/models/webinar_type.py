from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class WebinarType(StrEnum):
    ALL = "all"
    LIVE = "live"
    ON_DEMAND = "on_demand"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebinarType | None":
        return unknown_enum_member(cls, value)
