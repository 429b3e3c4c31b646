from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class UpdateListBlocklistAdditionalFlags(StrEnum):
    ADD = "add"
    DELETE = "delete"
    NORESPONSE = "noResponse"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateListBlocklistAdditionalFlags | None":
        return unknown_enum_member(cls, value)
