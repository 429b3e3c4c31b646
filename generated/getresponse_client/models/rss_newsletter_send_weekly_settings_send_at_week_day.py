from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class RssNewsletterSendWeeklySettingsSendAtWeekDay(StrEnum):
    FRIDAY = "Friday"
    MONDAY = "Monday"
    SATURDAY = "Saturday"
    SUNDAY = "Sunday"
    THURSDAY = "Thursday"
    TUESDAY = "Tuesday"
    WEDNESDAY = "Wednesday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RssNewsletterSendWeeklySettingsSendAtWeekDay | None":
        return unknown_enum_member(cls, value)
