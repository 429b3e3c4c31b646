from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ClickTrackMessageType(StrEnum):
    AUTOMATION = "automation"
    AUTORESPONDER = "autoresponder"
    BROADCAST = "broadcast"
    RSS = "rss"
    SMS = "sms"
    SPLITTEST = "splittest"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ClickTrackMessageType | None":
        return unknown_enum_member(cls, value)
