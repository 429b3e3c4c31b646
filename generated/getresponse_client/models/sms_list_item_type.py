from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SmsListItemType(StrEnum):
    DRAFT = "draft"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsListItemType | None":
        return unknown_enum_member(cls, value)
