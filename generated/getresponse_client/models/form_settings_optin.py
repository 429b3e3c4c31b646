from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class FormSettingsOptin(StrEnum):
    DOUBLE = "double"
    SINGLE = "single"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FormSettingsOptin | None":
        return unknown_enum_member(cls, value)
