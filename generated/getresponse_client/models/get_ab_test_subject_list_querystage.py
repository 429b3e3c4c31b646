from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class GetAbTestSubjectListQuerystage(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    DRAFT = "draft"
    FINISHED = "finished"
    PREPARING = "preparing"
    SENDING_WINNER = "sending-winner"
    TESTING = "testing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetAbTestSubjectListQuerystage | None":
        return unknown_enum_member(cls, value)
