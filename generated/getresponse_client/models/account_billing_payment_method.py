from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class AccountBillingPaymentMethod(StrEnum):
    ALIPAY = "alipay"
    ALIPAY_MOBILE = "alipay_mobile"
    BOLETO = "boleto"
    CREDIT_CARD = "credit_card"
    DIRECT_DEBIT = "direct_debit"
    IDEAL = "ideal"
    INSIDE_SYSTEM = "inside_system"
    OUTSIDE_SYSTEM = "outside_system"
    PAYPAL = "paypal"
    PLATNOSCI_PL = "platnosci_pl"
    QIWI = "qiwi"
    SOFORT = "sofort"
    WEBMONEY = "webmoney"
    YANDEX = "yandex"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountBillingPaymentMethod | None":
        return unknown_enum_member(cls, value)
