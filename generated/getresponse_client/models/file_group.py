from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class FileGroup(StrEnum):
    AUDIO = "audio"
    DOCUMENT = "document"
    PHOTO = "photo"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FileGroup | None":
        return unknown_enum_member(cls, value)
