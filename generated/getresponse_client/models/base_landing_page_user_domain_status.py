from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class BaseLandingPageUserDomainStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BaseLandingPageUserDomainStatus | None":
        return unknown_enum_member(cls, value)
