from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SearchedContactDetailsReason(StrEnum):
    API = "api"
    AUTOMATION = "automation"
    BLACKLISTED = "blacklisted"
    BOUNCE = "bounce"
    CLEANER = "cleaner"
    COMPLAINT = "complaint"
    SUPPORT = "support"
    UNSUBSCRIBE = "unsubscribe"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SearchedContactDetailsReason | None":
        return unknown_enum_member(cls, value)
