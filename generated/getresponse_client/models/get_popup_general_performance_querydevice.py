from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GetPopupGeneralPerformanceQuerydevice(StrEnum):
    DESKTOP = "desktop"
    MOBILE = "mobile"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetPopupGeneralPerformanceQuerydevice | None":
        return unknown_enum_member(cls, value)
