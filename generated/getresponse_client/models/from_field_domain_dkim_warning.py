from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class FromFieldDomainDKIMWarning(StrEnum):
    AT_RISK = "at_risk"
    CAN_NOT_BE_USED = "can_not_be_used"
    NOT_AUTHENTICATED = "not_authenticated"
    NOT_RECOMMENDED = "not_recommended"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FromFieldDomainDKIMWarning | None":
        return unknown_enum_member(cls, value)
