from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ConditionTypeConditionType(StrEnum):
    CLICKED = "clicked"
    CRM = "crm"
    CUSTOM = "custom"
    CUSTOM_EVENT = "custom_event"
    ECOMMERCE_ABANDONED_CART = "ecommerce_abandoned_cart"
    ECOMMERCE_BRAND_PURCHASED = "ecommerce_brand_purchased"
    ECOMMERCE_NUMBER_OF_PURCHASES = "ecommerce_number_of_purchases"
    ECOMMERCE_PRODUCT_PURCHASED = "ecommerce_product_purchased"
    ECOMMERCE_TOTAL_SPENT = "ecommerce_total_spent"
    EMAIL = "email"
    ENGAGEMENT_SCORE = "engagement_score"
    GDPR = "gdpr"
    GEO = "geo"
    GOAL = "goal"
    LAST_CLICK_DATE = "last_click_date"
    LAST_OPEN_DATE = "last_open_date"
    LAST_SEND_DATE = "last_send_date"
    NAME = "name"
    NOT_CLICKED = "not_clicked"
    NOT_OPENED = "not_opened"
    NOT_SENT = "not_sent"
    OPENED = "opened"
    PHASE = "phase"
    SCORE = "score"
    SENT = "sent"
    SMS_LINK_CLICKED = "sms_link_clicked"
    SMS_LINK_NOT_CLICKED = "sms_link_not_clicked"
    SMS_SENT = "sms_sent"
    SUBSCRIPTION_DATE = "subscription_date"
    SUBSCRIPTION_METHOD = "subscription_method"
    TAG = "tag"
    WEBINAR = "webinar"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConditionTypeConditionType | None":
        return unknown_enum_member(cls, value)
