from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SearchContactSectionSubscriberCycleItem(StrEnum):
    NOT_RECEIVING_AUTORESPONDER = "not_receiving_autoresponder"
    RECEIVING_AUTORESPONDER = "receiving_autoresponder"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SearchContactSectionSubscriberCycleItem | None":
        return unknown_enum_member(cls, value)
