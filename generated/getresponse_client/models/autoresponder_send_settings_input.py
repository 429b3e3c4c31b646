from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.autoresponder_send_settings_excluded_days_of_week_item import (
    AutoresponderSendSettingsExcludedDaysOfWeekItem,
)
from ..models.autoresponder_send_settings_type import AutoresponderSendSettingsType
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_lexpad import ExternalLexpad
    from .external_lexpad import ExternalLexpadDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AutoresponderSendSettingsInput(WireModel):
    """How the message will be delivered to the subscriber

    Attributes:
        type_ (AutoresponderSendSettingsType): When to send the message
        time_travel (StringBooleanEnum | Unset):
        excluded_days_of_week (list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset): The days of the week to
            exclude from message sending (the message will be sent on the next non-excluded day after the trigger)
        external_lexpad (ExternalLexpad | Unset): External Lexpad settings for the message, read more: External Lexpad
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    type_: AutoresponderSendSettingsType
    time_travel: StringBooleanEnum | Unset = UNSET
    excluded_days_of_week: list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset = UNSET
    external_lexpad: ExternalLexpad | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_excluded_days_of_week(json_value_: Any) -> list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset:
    _excluded_days_of_week = json_value_
    excluded_days_of_week: list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset = UNSET
    if _excluded_days_of_week is not UNSET:
        excluded_days_of_week = []
        for componentsschemas_autoresponder_send_settings_excluded_days_of_week_item_data in _excluded_days_of_week:
            componentsschemas_autoresponder_send_settings_excluded_days_of_week_item = (
                AutoresponderSendSettingsExcludedDaysOfWeekItem(
                    componentsschemas_autoresponder_send_settings_excluded_days_of_week_item_data
                )
            )

            excluded_days_of_week.append(componentsschemas_autoresponder_send_settings_excluded_days_of_week_item)

    return excluded_days_of_week


class AutoresponderSendSettingsInputDict(TypedDict, total=False):
    """AutoresponderSendSettingsInput as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    type: Required[AutoresponderSendSettingsType | str]
    timeTravel: StringBooleanEnum | str
    excludedDaysOfWeek: list[AutoresponderSendSettingsExcludedDaysOfWeekItem | str]
    externalLexpad: ExternalLexpad | ExternalLexpadDict


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.external_lexpad import ExternalLexpad  # noqa: E402

bind_fields(
    AutoresponderSendSettingsInput,
    {
        "type_": WireField("type", required=True, enum=AutoresponderSendSettingsType),
        "time_travel": WireField("timeTravel", enum=StringBooleanEnum),
        "excluded_days_of_week": WireField("excludedDaysOfWeek", decode=_decode_excluded_days_of_week, keep=True),
        "external_lexpad": WireField("externalLexpad", decode=ExternalLexpad.from_dict, keep=True),
    },
    additional_properties=True,
)
