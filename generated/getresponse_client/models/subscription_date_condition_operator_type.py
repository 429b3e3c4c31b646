from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SubscriptionDateConditionOperatorType(StrEnum):
    DATE_OPERATOR = "date_operator"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubscriptionDateConditionOperatorType | None":
        return unknown_enum_member(cls, value)
