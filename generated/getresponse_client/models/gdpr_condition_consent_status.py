from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GdprConditionConsentStatus(StrEnum):
    GIVEN = "given"
    NOT_GIVEN = "not_given"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GdprConditionConsentStatus | None":
        return unknown_enum_member(cls, value)
