from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ImageDetailsExtension(StrEnum):
    BMP = "bmp"
    GIF = "gif"
    JPEG = "jpeg"
    JPG = "jpg"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ImageDetailsExtension | None":
        return unknown_enum_member(cls, value)
