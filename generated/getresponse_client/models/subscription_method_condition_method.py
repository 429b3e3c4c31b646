from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SubscriptionMethodConditionMethod(StrEnum):
    API = "api"
    CHAT = "chat"
    COPY = "copy"
    COURSE = "course"
    EMAIL = "email"
    IMPORT = "import"
    LANDING_PAGE = "landing_page"
    LEADS = "leads"
    MOBILE = "mobile"
    PANEL = "panel"
    PREMIUM_NEWSLETTER = "premium_newsletter"
    SALES = "sales"
    SURVEY = "survey"
    WEBFORM = "webform"
    WEBINAR = "webinar"
    WEBSITE_BUILDER_ELEGANT = "website_builder_elegant"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubscriptionMethodConditionMethod | None":
        return unknown_enum_member(cls, value)
