from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class MessageTypeOperator(StrEnum):
    AUTOMATION = "automation"
    AUTORESPONDER = "autoresponder"
    NEWSLETTER = "newsletter"
    SPLITTEST = "splittest"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageTypeOperator | None":
        return unknown_enum_member(cls, value)
