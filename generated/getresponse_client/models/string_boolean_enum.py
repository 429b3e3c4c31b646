from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class StringBooleanEnum(StrEnum):
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StringBooleanEnum | None":
        return unknown_enum_member(cls, value)
