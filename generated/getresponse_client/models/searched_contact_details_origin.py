from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SearchedContactDetailsOrigin(StrEnum):
    API = "api"
    COPY = "copy"
    COURSE = "course"
    EMAIL = "email"
    FORWARD = "forward"
    IMPORT = "import"
    IPHONE = "iphone"
    LANDING_PAGE = "landing_page"
    LEADS = "leads"
    PANEL = "panel"
    PREMIUM_NEWSLETTER = "premium_newsletter"
    SALE = "sale"
    SURVEY = "survey"
    WEBINAR = "webinar"
    WWW = "www"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SearchedContactDetailsOrigin | None":
        return unknown_enum_member(cls, value)
