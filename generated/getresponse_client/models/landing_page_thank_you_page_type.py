from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class LandingPageThankYouPageType(StrEnum):
    CUSTOM_URL = "custom_url"
    DEFAULT = "default"
    STAY_ON_PAGE = "stay_on_page"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LandingPageThankYouPageType | None":
        return unknown_enum_member(cls, value)
