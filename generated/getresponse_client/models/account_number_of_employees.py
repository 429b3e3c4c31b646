from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class AccountNumberOfEmployees(StrEnum):
    MORE = "more"
    VALUE_0 = "50"
    VALUE_1 = "250"
    VALUE_2 = "500"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountNumberOfEmployees | None":
        return unknown_enum_member(cls, value)
