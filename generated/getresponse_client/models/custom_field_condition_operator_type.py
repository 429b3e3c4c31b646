from enum import StrEnum

from getresponse_runtime.wire import unknown_enum_member


class CustomFieldConditionOperatorType(StrEnum):
    DATE_OPERATOR = "date_operator"
    NUMERIC_OPERATOR = "numeric_operator"
    STRING_OPERATOR = "string_operator"
    STRING_OPERATOR_LIST = "string_operator_list"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomFieldConditionOperatorType | None":
        return unknown_enum_member(cls, value)
