from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ECommerceProductPurchasedConditionOperatorType(StrEnum):
    EQUAL_OPERATOR = "equal_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ECommerceProductPurchasedConditionOperatorType | None":
        return unknown_enum_member(cls, value)
