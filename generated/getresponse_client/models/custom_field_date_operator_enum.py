from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomFieldDateOperatorEnum(StrEnum):
    ASSIGNED = "assigned"
    CUSTOM = "custom"
    DATE_FROM = "date_from"
    DATE_TO = "date_to"
    NOT_ASSIGNED = "not_assigned"
    SPECIFIC_DATE = "specific_date"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomFieldDateOperatorEnum | None":
        return unknown_enum_member(cls, value)
