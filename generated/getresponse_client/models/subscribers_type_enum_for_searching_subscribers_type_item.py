from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SubscribersTypeEnumForSearchingSubscribersTypeItem(StrEnum):
    REMOVED = "removed"
    SUBSCRIBED = "subscribed"
    UNCONFIRMED = "unconfirmed"
    UNDELIVERED = "undelivered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubscribersTypeEnumForSearchingSubscribersTypeItem | None":
        return unknown_enum_member(cls, value)
