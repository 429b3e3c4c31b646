from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SubscriptionMethodConditionWebformType(StrEnum):
    ALL = "all"
    POPUPS = "popups"
    WEBFORMS = "webforms"
    WEBFORMSV2 = "webformsv2"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubscriptionMethodConditionWebformType | None":
        return unknown_enum_member(cls, value)
