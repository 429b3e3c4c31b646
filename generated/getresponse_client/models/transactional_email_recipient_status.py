from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class TransactionalEmailRecipientStatus(StrEnum):
    BOUNCED = "bounced"
    OPENED = "opened"
    REJECTED = "rejected"
    REPORTED_SPAM = "reported_spam"
    SENT = "sent"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TransactionalEmailRecipientStatus | None":
        return unknown_enum_member(cls, value)
