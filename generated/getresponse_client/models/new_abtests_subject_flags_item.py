from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class NewAbtestsSubjectFlagsItem(StrEnum):
    CLICKTRACK = "clicktrack"
    ECOMMERCE_TRACKING = "ecommerce_tracking"
    GOOGLE_ANALYTICS = "google_analytics"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NewAbtestsSubjectFlagsItem | None":
        return unknown_enum_member(cls, value)
