from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class AbtestsSubjectListItemDeliverySettingsWinnerMode(StrEnum):
    AUTOMATIC = "automatic"
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AbtestsSubjectListItemDeliverySettingsWinnerMode | None":
        return unknown_enum_member(cls, value)
