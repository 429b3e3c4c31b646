from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SmsSenderNameStatusesEnum(StrEnum):
    ACTIVE = "active"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsSenderNameStatusesEnum | None":
        return unknown_enum_member(cls, value)
