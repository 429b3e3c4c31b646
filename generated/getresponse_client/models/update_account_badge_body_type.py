from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class UpdateAccountBadgeBodyType(StrEnum):
    LANDING_PAGE = "landing_page"
    REFERRAL = "referral"
    WEBSITE_BUILDER_ELEGANT = "website_builder_elegant"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateAccountBadgeBodyType | None":
        return unknown_enum_member(cls, value)
