from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AutoresponderTriggerSettings(WireModel):
    """The conditions that will trigger the autoresponder

    Attributes:
        type_ (str | Unset): The trigger type Default: 'onday'.
        day_of_cycle (int | Unset): For onday type the day of the autoresponder cycle in the 0-9999 format
        autoresponder (None | str | Unset):
        newsletter (None | str | Unset):
        click_track_id (None | str | Unset):
        goal (None | str | Unset):
        custom (None | str | Unset):
        new_custom_value (None | str | Unset):
        action (None | str | Unset):
        selected_campaigns (list[str] | Unset): A one-element array containing the Campaign ID to filter subscribers.
        selected_segments (Any | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    type_: str | Unset = "onday"
    day_of_cycle: int | Unset = UNSET
    autoresponder: None | str | Unset = _attrs_field(init=False, default=UNSET)
    newsletter: None | str | Unset = _attrs_field(init=False, default=UNSET)
    click_track_id: None | str | Unset = _attrs_field(init=False, default=UNSET)
    goal: None | str | Unset = _attrs_field(init=False, default=UNSET)
    custom: None | str | Unset = _attrs_field(init=False, default=UNSET)
    new_custom_value: None | str | Unset = _attrs_field(init=False, default=UNSET)
    action: None | str | Unset = _attrs_field(init=False, default=UNSET)
    selected_campaigns: list[str] | Unset = UNSET
    selected_segments: Any | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_selected_campaigns(json_value_: Any) -> list[str] | Unset:
    selected_campaigns = cast(list[str], json_value_)

    return selected_campaigns


class AutoresponderTriggerSettingsDict(TypedDict, total=False):
    """AutoresponderTriggerSettings as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    type: str
    dayOfCycle: int
    selectedCampaigns: list[str]


AutoresponderTriggerSettings._read_only = frozenset(
    [
        "action",
        "autoresponder",
        "click_track_id",
        "custom",
        "goal",
        "new_custom_value",
        "newsletter",
        "selected_segments",
    ]
)

bind_fields(
    AutoresponderTriggerSettings,
    {
        "type_": WireField("type"),
        "day_of_cycle": WireField("dayOfCycle", decode=wire_int),
        "autoresponder": WireField("autoresponder"),
        "newsletter": WireField("newsletter"),
        "click_track_id": WireField("clickTrackId"),
        "goal": WireField("goal"),
        "custom": WireField("custom"),
        "new_custom_value": WireField("newCustomValue"),
        "action": WireField("action"),
        "selected_campaigns": WireField("selectedCampaigns", decode=_decode_selected_campaigns, keep=True),
        "selected_segments": WireField("selectedSegments"),
    },
    additional_properties=True,
)
