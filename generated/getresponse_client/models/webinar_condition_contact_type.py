from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class WebinarConditionContactType(StrEnum):
    ALL = "all"
    HOST = "host"
    LISTENER = "listener"
    PRESENTER = "presenter"
    REGISTRANT = "registrant"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebinarConditionContactType | None":
        return unknown_enum_member(cls, value)
