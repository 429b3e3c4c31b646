from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CrmConditionStageScopeType0(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CrmConditionStageScopeType0 | None":
        return unknown_enum_member(cls, value)
