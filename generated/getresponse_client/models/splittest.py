from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.splittest_choose_winning import SplittestChooseWinning
from ..models.splittest_stage import SplittestStage
from ..models.splittest_status import SplittestStatus
from ..models.splittest_type import SplittestType
from ..models.splittest_winning_criteria import SplittestWinningCriteria
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.splittest_newsletter import SplittestNewsletter
    from ..models.splittest_send_settings import SplittestSendSettings


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class Splittest(WireModel):
    """
    Attributes:
        splittest_id (str): A/B test ID Example: A3r.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/splittests/A3r.
        name (str | Unset): A/B test name Example: A/B test.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        status (SplittestStatus | Unset): A/B test status
        winning_criteria (SplittestWinningCriteria | Unset): A/B test winning criteria
        winning_target (str | Unset): A/B test wining target Example: 10.
        stage (SplittestStage | Unset): A/B test stage
        type_ (SplittestType | Unset): A/B test type
        sampling_percentage (None | str | Unset): A/B test sample percentage Example: 18.
        sampling_time (None | str | Unset): A/B test sampling time in seconds Example: 86400.
        choose_winning (SplittestChooseWinning | Unset): The method of choosing the winning A/B test
        winning_score_opens (str | Unset): The open rate of the winning A/B test Example: 5.
        winning_score_clicks (str | Unset): The click rate of the winning A/B test Example: 3.
        winning_delivered (str | Unset): The delivery rate of the winning A/B test Example: 12.
        winning_schedule_on (datetime.datetime | None | Unset): The date for wchich the winning A/B test was scheduled
            Example: 2015-06-25T20:05:10+0000.
        next_step_on (datetime.datetime | None | Unset): The date of the next step in the A/B test Example:
            2015-07-25T20:05:10+0000.
        evaluation_skipped_on (datetime.datetime | None | Unset): The date when the A/B test was skipped Example:
            2015-07-25T20:05:10+0000.
        canceled_on (datetime.datetime | None | Unset): The date when the A/B test was canceled Example:
            2015-07-25T20:05:10+0000.
        created_on (datetime.datetime | None | Unset): The date when the A/B test was created Example:
            2015-07-25T20:05:10+0000.
        newsletters (list[SplittestNewsletter] | Unset): The newsletters that are associated with the A/B test
        send_settings (SplittestSendSettings | Unset): The send settings for the A/B test
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    splittest_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    status: SplittestStatus | Unset = UNSET
    winning_criteria: SplittestWinningCriteria | Unset = UNSET
    winning_target: str | Unset = UNSET
    stage: SplittestStage | Unset = UNSET
    type_: SplittestType | Unset = UNSET
    sampling_percentage: None | str | Unset = UNSET
    sampling_time: None | str | Unset = UNSET
    choose_winning: SplittestChooseWinning | Unset = UNSET
    winning_score_opens: str | Unset = UNSET
    winning_score_clicks: str | Unset = UNSET
    winning_delivered: str | Unset = UNSET
    winning_schedule_on: datetime.datetime | None | Unset = UNSET
    next_step_on: datetime.datetime | None | Unset = UNSET
    evaluation_skipped_on: datetime.datetime | None | Unset = UNSET
    canceled_on: datetime.datetime | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    newsletters: list[SplittestNewsletter] | Unset = UNSET
    send_settings: SplittestSendSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_winning_schedule_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_winning_schedule_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            winning_schedule_on_type_0 = datetime.datetime.fromisoformat(data)

            return winning_schedule_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    winning_schedule_on = _parse_winning_schedule_on(json_value_)

    return winning_schedule_on


def _decode_next_step_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_next_step_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            next_step_on_type_0 = datetime.datetime.fromisoformat(data)

            return next_step_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    next_step_on = _parse_next_step_on(json_value_)

    return next_step_on


def _decode_evaluation_skipped_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_evaluation_skipped_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            evaluation_skipped_on_type_0 = datetime.datetime.fromisoformat(data)

            return evaluation_skipped_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    evaluation_skipped_on = _parse_evaluation_skipped_on(json_value_)

    return evaluation_skipped_on


def _decode_canceled_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_canceled_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            canceled_on_type_0 = datetime.datetime.fromisoformat(data)

            return canceled_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    canceled_on = _parse_canceled_on(json_value_)

    return canceled_on


def _decode_created_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            created_on_type_0 = datetime.datetime.fromisoformat(data)

            return created_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    created_on = _parse_created_on(json_value_)

    return created_on


def _decode_newsletters(json_value_: Any) -> list[SplittestNewsletter] | Unset:
    _newsletters = json_value_
    newsletters: list[SplittestNewsletter] | Unset = UNSET
    if _newsletters is not UNSET:
        newsletters = []
        for newsletters_item_data in _newsletters:
            newsletters_item = SplittestNewsletter.from_dict(newsletters_item_data)

            newsletters.append(newsletters_item)

    return newsletters


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.splittest_newsletter import SplittestNewsletter  # noqa: E402
from ..models.splittest_send_settings import SplittestSendSettings  # noqa: E402

bind_fields(
    Splittest,
    {
        "splittest_id": WireField("splittestId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "status": WireField("status", enum=SplittestStatus),
        "winning_criteria": WireField("winningCriteria", enum=SplittestWinningCriteria),
        "winning_target": WireField("winningTarget"),
        "stage": WireField("stage", enum=SplittestStage),
        "type_": WireField("type", enum=SplittestType),
        "sampling_percentage": WireField("samplingPercentage"),
        "sampling_time": WireField("samplingTime"),
        "choose_winning": WireField("chooseWinning", enum=SplittestChooseWinning),
        "winning_score_opens": WireField("winningScoreOpens"),
        "winning_score_clicks": WireField("winningScoreClicks"),
        "winning_delivered": WireField("winningDelivered"),
        "winning_schedule_on": WireField("winningScheduleOn", decode=_decode_winning_schedule_on, keep=True),
        "next_step_on": WireField("nextStepOn", decode=_decode_next_step_on, keep=True),
        "evaluation_skipped_on": WireField("evaluationSkippedOn", decode=_decode_evaluation_skipped_on, keep=True),
        "canceled_on": WireField("canceledOn", decode=_decode_canceled_on, keep=True),
        "created_on": WireField("createdOn", decode=_decode_created_on, keep=True),
        "newsletters": WireField("newsletters", decode=_decode_newsletters, keep=True),
        "send_settings": WireField("sendSettings", decode=SplittestSendSettings.from_dict, keep=True),
    },
    additional_properties=True,
)
