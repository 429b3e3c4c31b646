from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class UpdateWorkflowStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    INCOMPLETE = "incomplete"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateWorkflowStatus | None":
        return unknown_enum_member(cls, value)
