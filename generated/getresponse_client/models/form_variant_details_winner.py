from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class FormVariantDetailsWinner(StrEnum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FormVariantDetailsWinner | None":
        return unknown_enum_member(cls, value)
