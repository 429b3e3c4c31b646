from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class AccountTimeFormat(StrEnum):
    VALUE_0 = "12h"
    VALUE_1 = "24h"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountTimeFormat | None":
        return unknown_enum_member(cls, value)
