from enum import IntEnum

from getresponse_runtime.wire import unknown_enum_member


class RssNewsletterSendMonthlySettingsSendAtMonthDayType1(IntEnum):
    VALUE_31 = 31

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RssNewsletterSendMonthlySettingsSendAtMonthDayType1 | None":
        return unknown_enum_member(cls, value)
