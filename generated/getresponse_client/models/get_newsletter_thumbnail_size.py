from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GetNewsletterThumbnailSize(StrEnum):
    DEFAULT = "default"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetNewsletterThumbnailSize | None":
        return unknown_enum_member(cls, value)
