from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class FilePropertyName(StrEnum):
    HEIGHT = "height"
    WIDTH = "width"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FilePropertyName | None":
        return unknown_enum_member(cls, value)
