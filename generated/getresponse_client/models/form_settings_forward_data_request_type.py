from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class FormSettingsForwardDataRequestType(StrEnum):
    GET = "GET"
    POST = "POST"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FormSettingsForwardDataRequestType | None":
        return unknown_enum_member(cls, value)
