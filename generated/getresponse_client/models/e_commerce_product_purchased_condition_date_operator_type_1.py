from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ECommerceProductPurchasedConditionDateOperatorType1(StrEnum):
    ALL_TIME = "all_time"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ECommerceProductPurchasedConditionDateOperatorType1 | None":
        return unknown_enum_member(cls, value)
