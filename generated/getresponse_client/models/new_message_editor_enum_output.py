from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NewMessageEditorEnumOutput(StrEnum):
    EDITOR_V3 = "editor_v3"
    GETRESPONSE = "getresponse"
    HTML = "html"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NewMessageEditorEnumOutput | None":
        return unknown_enum_member(cls, value)
