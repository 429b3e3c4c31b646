from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class ListConfirmationRedirectType(StrEnum):
    CUSTOMURL = "customUrl"
    HOSTED = "hosted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListConfirmationRedirectType | None":
        return unknown_enum_member(cls, value)
