from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomEventAttributeType(StrEnum):
    BOOLEAN = "boolean"
    DATETIME = "datetime"
    NUMBER = "number"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomEventAttributeType | None":
        return unknown_enum_member(cls, value)
