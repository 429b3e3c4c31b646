from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NewAbtestsSubjectDeliverySettingsWinningCriteria(StrEnum):
    CLICK = "click"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NewAbtestsSubjectDeliverySettingsWinningCriteria | None":
        return unknown_enum_member(cls, value)
