from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class FromFieldDomainStatus(StrEnum):
    CAN_NOT_BE_USED = "can_not_be_used"
    CONFIRMED = "confirmed"
    DELETED = "deleted"
    DNS_CONFIGURATION_PENDING = "dns_configuration_pending"
    UNCONFIRMED = "unconfirmed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FromFieldDomainStatus | None":
        return unknown_enum_member(cls, value)
