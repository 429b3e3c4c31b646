from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GetSmsListQuerytype(StrEnum):
    DRAFT = "draft"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetSmsListQuerytype | None":
        return unknown_enum_member(cls, value)
