from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SmsListItemRecipientsType(StrEnum):
    CONTACTS = "contacts"
    IMPORTEDNUMBERS = "importedNumbers"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsListItemRecipientsType | None":
        return unknown_enum_member(cls, value)
