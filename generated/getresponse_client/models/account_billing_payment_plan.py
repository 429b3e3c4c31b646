from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class AccountBillingPaymentPlan(StrEnum):
    FREE_TRIAL = "Free Trial"
    MONTHLY = "Monthly"
    VALUE_2 = "12 Months"
    VALUE_3 = "24 Months"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountBillingPaymentPlan | None":
        return unknown_enum_member(cls, value)
