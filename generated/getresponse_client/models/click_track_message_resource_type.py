from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ClickTrackMessageResourceType(StrEnum):
    AUTORESPONDERS = "autoresponders"
    NEWSLETTERS = "newsletters"
    RSS_NEWSLETTERS = "rss-newsletters"
    SMS = "sms"
    SPLITTESTS = "splittests"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ClickTrackMessageResourceType | None":
        return unknown_enum_member(cls, value)
