from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class MessageEditorEnum(StrEnum):
    CUSTOM = "custom"
    GETRESPONSE = "getresponse"
    HTML2 = "html2"
    LEGACY = "legacy"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageEditorEnum | None":
        return unknown_enum_member(cls, value)
