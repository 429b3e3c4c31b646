from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class UpdateContactOrigin(StrEnum):
    API = "api"
    CHAT = "chat"
    COPY = "copy"
    COURSE = "course"
    EMAIL = "email"
    IMPORT = "import"
    IPHONE = "iphone"
    LANDING_PAGE = "landing_page"
    LEADS = "leads"
    PANEL = "panel"
    PREMIUM_NEWSLETTER = "premium_newsletter"
    SALE = "sale"
    SURVEY = "survey"
    WEBINAR = "webinar"
    WEBSITE_BUILDER_ELEGANT = "website_builder_elegant"
    WWW = "www"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateContactOrigin | None":
        return unknown_enum_member(cls, value)
