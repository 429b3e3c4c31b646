from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ECommerceBrandPurchasedConditionOperator(StrEnum):
    IS = "is"
    NOT_IS = "not_is"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ECommerceBrandPurchasedConditionOperator | None":
        return unknown_enum_member(cls, value)
