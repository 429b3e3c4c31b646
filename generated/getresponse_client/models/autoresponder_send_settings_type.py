from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class AutoresponderSendSettingsType(StrEnum):
    CUSTOM = "custom"
    DELAY = "delay"
    IMMEDIATELY = "immediately"
    SIGNUP = "signup"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AutoresponderSendSettingsType | None":
        return unknown_enum_member(cls, value)
