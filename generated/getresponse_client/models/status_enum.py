from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class StatusEnum(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StatusEnum | None":
        return unknown_enum_member(cls, value)
