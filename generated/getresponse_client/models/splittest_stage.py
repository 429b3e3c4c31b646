from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class SplittestStage(StrEnum):
    CANCELED_QUEUED = "canceled_queued"
    CANCELED_SAMPLING = "canceled_sampling"
    CANCELED_WINNING = "canceled_winning"
    CHOOSE_WINNING = "choose_winning"
    EVALUATE_SAMPLING = "evaluate_sampling"
    FINISHED = "finished"
    INCOMPLETE = "incomplete"
    QUEUED = "queued"
    SCHEDULE_SAMPLING = "schedule_sampling"
    SCHEDULE_WINNING = "schedule_winning"
    SEND_WINNING = "send_winning"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SplittestStage | None":
        return unknown_enum_member(cls, value)
