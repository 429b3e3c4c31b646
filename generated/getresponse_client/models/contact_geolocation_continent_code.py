from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ContactGeolocationContinentCode(StrEnum):
    AF = "AF"
    AN = "AN"
    AS = "AS"
    EU = "EU"
    NA = "NA"
    OC = "OC"
    SA = "SA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ContactGeolocationContinentCode | None":
        return unknown_enum_member(cls, value)
