from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class BaseMetaFieldValueType(StrEnum):
    INTEGER = "integer"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BaseMetaFieldValueType | None":
        return unknown_enum_member(cls, value)
