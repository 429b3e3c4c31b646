from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomFieldValueType(StrEnum):
    COUNTRY = "country"
    CURRENCY = "currency"
    DATE = "date"
    DATETIME = "datetime"
    GENDER = "gender"
    IP = "ip"
    NUMBER = "number"
    PHONE = "phone"
    STRING = "string"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomFieldValueType | None":
        return unknown_enum_member(cls, value)
