from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CreateTransactionalEmailContentType(StrEnum):
    DIRECT = "direct"
    TEMPLATE = "template"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateTransactionalEmailContentType | None":
        return unknown_enum_member(cls, value)
