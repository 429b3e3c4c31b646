from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SmsSentConditionDeliveryStatus(StrEnum):
    ANY = "any"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsSentConditionDeliveryStatus | None":
        return unknown_enum_member(cls, value)
