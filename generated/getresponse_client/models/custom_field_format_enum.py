from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomFieldFormatEnum(StrEnum):
    CHECKBOX = "checkbox"
    MULTI_SELECT = "multi_select"
    RADIO = "radio"
    SINGLE_SELECT = "single_select"
    TEXT = "text"
    TEXTAREA = "textarea"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomFieldFormatEnum | None":
        return unknown_enum_member(cls, value)
