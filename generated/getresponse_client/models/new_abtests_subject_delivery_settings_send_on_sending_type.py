from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NewAbtestsSubjectDeliverySettingsSendOnSendingType(StrEnum):
    NOW = "now"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NewAbtestsSubjectDeliverySettingsSendOnSendingType | None":
        return unknown_enum_member(cls, value)
