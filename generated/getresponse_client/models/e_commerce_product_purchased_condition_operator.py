from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ECommerceProductPurchasedConditionOperator(StrEnum):
    IS = "is"
    IS_NOT = "is_not"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ECommerceProductPurchasedConditionOperator | None":
        return unknown_enum_member(cls, value)
